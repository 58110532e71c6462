// Readers for the verb dictionaries of TABARI (`.verbs`) and PETRARCH (PETRARCH-1 `PETR.Validate.verbs.txt`,
// PETRARCH-2 `CAMEO.2.0.txt`), into dyad's VerbPattern objects, so a gold set can be coded with its own verbs.
//
// Understood: verb lines (`ABANDON [345]`, TABARI stems without a final `_`, multi-word verbs
// `APPRECIATE POSITION`, `KLM_NOP_+RST`, `+ASK_FOR`), explicit forms (`{GAVE GIVEN}`, a TABARI `{ ... }`
// line), PETRARCH blocks (`--- NAME [code] ---`: the verbs share the block's code and patterns), patterns
// `- WORDS * WORDS [code]` with words before and after the verb (`_` joins words that must be adjacent, a
// space lets up to six words in between), `+` target, `$` source, `^` the next actor passed over, `%` a
// compound acting among its members (VerbPattern::compound), `&SYNSET` word classes (PETRARCH plurals; TABARI
// members that join words and other synsets, `&TIETYPES_MEMOS`), TABARI `{ A | B }` alternatives (read like
// synset members), PETRARCH-2 `(PP)` / `{NP}` groups, paired codes `[032:033]` and `[:173]`, discards `[---]` /
// `[###]` / `[+++]`. TABARI words: `~_` joins a stem (`REAL~_PLEASANT`), a final `=` is exact with no endings
// (`BAN=`), an exact verb also takes `-es`/`-en`; contractions and a final `-` are two words as the tokeniser
// splits them (`DIDN'T`, `ANTI-`). A verb's default pattern comes after its patterns (they win ties).
// `$`/`+` slots before the verb with words beside them (`SUGGESTED_+ * DEMAND`, `+ WAS * DEAD`) name the actor
// there. Dropped, with a warning (at the line of the first): bare or second slots before the verb (the clause's
// subject is used), patterns with an
// unknown synset, variants beyond 64 per pattern; TABARI `<TIME>` sections are skipped.
#ifndef DYAD_LEXICON_TABARI_VERBS_H_
#define DYAD_LEXICON_TABARI_VERBS_H_

#include <string>
#include <vector>

#include "lexicon/dict_file.h"
#include "lexicon/verbs.h"

namespace dyad::lexicon {

// True when the file looks like a TABARI or PETRARCH verb dictionary rather than dyad's verbs/NN.txt.
bool LooksLikeTabariVerbs(const std::string& path);
bool LooksLikeTabariVerbsText(const std::string& text);

// Reads the file; errors and warnings carry file:line. Latin-1 bytes are read as Latin-1 (one warning).
void LoadTabariVerbs(const std::string& path, std::vector<VerbPattern>* out, Errors* errors);
// The same from text already read (`name` is used in messages and pattern positions).
void ParseTabariVerbs(const std::string& name, const std::string& text, std::vector<VerbPattern>* out,
                      Errors* errors);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_TABARI_VERBS_H_
