// dyad — a story as read from input.
#ifndef DYAD_STORY_H_
#define DYAD_STORY_H_

#include <string>

namespace dyad {

struct Story {
  std::string id;         // file name without extension, or the JSON "id"
  std::string date;       // publication date YYYY-MM-DD, or empty when unknown
  std::string text;       // the story body (UTF-8), without the `date` line prefix
  std::string title;      // optional
  std::string source;     // optional: publisher
  std::string url;        // optional
  std::string origin;     // where it was read: "file" or "file:line" (for messages)
};

}  // namespace dyad

#endif  // DYAD_STORY_H_
