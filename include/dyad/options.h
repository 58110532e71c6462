// dyad — engine options. Every path and setting reaches the engine through Options; nothing depends
// on the working directory or on globals.
#ifndef DYAD_OPTIONS_H_
#define DYAD_OPTIONS_H_

#include <string>
#include <vector>

namespace dyad {

struct Options {
  // Directory holding dyad's dictionaries (actors/, agents/, verbs/, lexicon/, cameo/).
  // Default: empty, which means the engine fails to open: the CLI fills it in from --dict or from the
  // install location.
  std::string dict_dir;

  // Gazetteer TSV written by tools/gazetteer (build/data/gazetteer.tsv). Default: empty = no places are
  // resolved (events get location null); everything else still works.
  std::string gazetteer_path;

  // Extra actor/agent dictionary files loaded after dict_dir's: dyad format, or TABARI/PETRARCH actor
  // and agent files (recognised by content). Default: none.
  std::vector<std::string> extra_actor_files;

  // Load dict_dir's own actors/ and agents/. False = use only extra_actor_files ("instead of").
  // Default: true.
  bool load_own_actors = true;

  // Stories longer than this many bytes are rejected as absurd. Default: 4 MiB.
  size_t max_story_bytes = 4u << 20;

  // Sentences longer than this many tokens are truncated for coding (the rest is ignored, never a
  // crash). Default: 400.
  size_t max_sentence_tokens = 400;
};

}  // namespace dyad

#endif  // DYAD_OPTIONS_H_
