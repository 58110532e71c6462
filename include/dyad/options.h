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

  // Extra verb pattern files loaded after dict_dir's: dyad format (verbs/NN.txt), TABARI .verbs files or
  // PETRARCH verb dictionaries (recognised by content). Codes the CAMEO table does not know are kept
  // (quad and goldstein 0). Default: none.
  std::vector<std::string> extra_verb_files;

  // Load dict_dir's own verbs/ patterns. False = use only extra_verb_files ("instead of"); the CAMEO table
  // and irregular verbs of dict_dir are loaded either way. Default: true.
  bool load_own_verbs = true;

  // Code statements about acts as CAMEO does: "agreed to provide aid" and "will provide aid" are intents
  // (033), "refused to" a rejection (12x), "threatened to" or "will attack" a threat (13x), "said X must"
  // a demand (10x), "killed ... in a car bombing" a bombing (1832). False = code the act itself, as
  // TABARI and PETRARCH dictionaries expect (their patterns carry such conventions themselves).
  // Default: true; `dyad eval --dict` turns it off when a set brings its own verb patterns.
  bool cameo_frames = true;

  // Code each clause as TABARI does: a sentence is split into clauses at "but", ";" and at "and"/"or"
  // between two coded verbs; in each clause only the first verb (in text order) whose pattern matches is
  // coded. Its source is the clause subject, else the first actor before the verb in the clause, else the
  // source of the clause before; its target, when the pattern names none, the first other actor after the
  // verb in the clause ("allowed that Mordor isn't ..."). False = every matched verb and event noun is
  // coded with its own roles (dyad's own dictionaries describe events this way).
  // Default: false; `dyad eval --dict` turns it on when a set brings its own TABARI/PETRARCH verbs.
  bool first_verb_per_clause = false;

  // Stories longer than this many bytes are rejected as absurd. Default: 4 MiB.
  size_t max_story_bytes = 4u << 20;

  // Sentences longer than this many tokens are truncated for coding (the rest is ignored, never a
  // crash). Default: 400.
  size_t max_sentence_tokens = 400;
};

}  // namespace dyad

#endif  // DYAD_OPTIONS_H_
