// Toponyms in a sentence, disambiguated against the gazetteer: admin-level cues ("Sulaymaniyah
// province"), population, feature class and the countries the story is about.
#ifndef DYAD_RESOLVE_PLACES_H_
#define DYAD_RESOLVE_PLACES_H_

#include <span>
#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/gazetteer.h"
#include "text/tokens.h"

namespace dyad::resolve {

struct PlaceMention {
  int first = 0, last = 0;  // token range [first, last)
  int place = -1;           // index into the gazetteer
  bool cue = false;         // preceded by a locative preposition ("in", "near", "at", ...)
  bool admin_cue = false;   // followed by "province", "region", ...
  std::span<const int> candidates;  // every gazetteer place with this name
  bool adjective = false;           // a country adjective or demonym ("Russian"), not a place name
};

// Finds toponyms among the first `n` tokens. `story_countries` (ISO-3) raise the score of places in
// them (the countries of the story's actors and dateline).
// With `actors`, countries named by the actor dictionary (names, adjectives, demonyms: "U.S.", "Russian",
// "Britons") are places too, at the country's centroid; adjectives are marked `adjective`.
std::vector<PlaceMention> FindPlaces(const std::vector<text::Token>& toks, size_t n,
                                     const lexicon::Gazetteer& gaz,
                                     const std::vector<std::string>& story_countries,
                                     const lexicon::ActorDict* actors = nullptr);

// Picks among candidate places for one name. `admin_cue`: the text said "province"/"region"/...
int ChoosePlace(std::span<const int> candidates, const lexicon::Gazetteer& gaz, bool admin_cue,
                const std::vector<std::string>& story_countries);

bool IsLocativePreposition(const std::string& lower);

}  // namespace dyad::resolve

#endif  // DYAD_RESOLVE_PLACES_H_
