// Story layout: the dateline ("IRBIL, Iraq — "), paragraphs and sentences.
#ifndef DYAD_TEXT_SENTENCES_H_
#define DYAD_TEXT_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace dyad::text {

struct SentenceSpan {
  int begin = 0;        // byte offsets into the story text
  int end = 0;
  int paragraph = 0;    // 0-based paragraph index
  std::vector<Token> tokens;  // offsets relative to the story text
};

struct Layout {
  std::string dateline;          // "IRBIL, Iraq" (without the dash and any "(AP)"), or empty
  int body_begin = 0;            // where the story proper starts, after the dateline
  std::vector<SentenceSpan> sentences;
};

// Splits a normalised story. Paragraphs (blank lines, or single newlines) always end a sentence.
// A period ends a sentence unless it belongs to an abbreviation or initial that the next word shows
// to be mid-sentence ("U.S. officials", "Gen. Smith", "Jan. 3", "No. 2", "J. R. Smith").
Layout SplitStory(std::string_view text);

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCES_H_
