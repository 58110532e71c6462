// Readers for the actor and agent dictionaries of TABARI and PETRARCH, so users can bring the dictionaries
// they already have: `PHRASE_WORDS [CODE]`, date-restricted codes (`[USAGOV 991201-010114]`, `<date`,
// `>date`), `+SYNONYM` lines, indented code lines after synonyms, agents (`[~GOV]`, `{PLURAL}`, `!MACRO!`
// substitutions), `[---]` (no actor) and compound codes (`[FRO/BIL/SAM]`: one event per member).
// TABARI files (';' comments): a last word with no trailing `_` is a stem, an exact one also takes `-s`, a
// final `=` is exact with no ending, a space lets up to two words in and `_`-joined words may be written
// joined (`PRINCE DOL_AMROTH`: "the Prince of Dol_Amroth"). PETRARCH files ('#', `<!--` comments) match
// whole words as written.
#ifndef DYAD_LEXICON_TABARI_H_
#define DYAD_LEXICON_TABARI_H_

#include <string>
#include <vector>

#include "lexicon/dict_file.h"

namespace dyad::lexicon {

class ActorDict;

// True when the lines look like a TABARI/PETRARCH dictionary rather than dyad's format.
bool LooksLikeTabari(const std::vector<Line>& lines);

// Adds the file's actors and agents to `dict`; errors carry file:line.
void LoadTabari(const std::string& path, const std::vector<Line>& lines, ActorDict* dict, Errors* errors);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_TABARI_H_
