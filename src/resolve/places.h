// Toponyms in a sentence, disambiguated against the gazetteer: admin-level cues ("Sulaymaniyah
// province"), population, feature class and the countries the story is about.
#ifndef DYAD_RESOLVE_PLACES_H_
#define DYAD_RESOLVE_PLACES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
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
  bool embedded = false;            // inside a longer name ("The New York Times", "London-based"): a toponym,
                                    // but not where anything happens
  int byte_begin = -1, byte_end = -1;  // part of one token only ("Iraqi" in "Iraqi-Iranian"), else -1
  bool site = false;                // a street, building or site the gazetteer lacks ("Copperleaf Stadium"),
                                    // placed at the town that holds it
};

// What the story is about, for disambiguation: its countries (ISO-3, most important first) and the
// first-level regions its clear place names lie in ("Texas" makes "Paris" Paris, Texas).
struct StoryPlaces {
  std::vector<std::string> countries;
  std::vector<std::string> admin1;
  // The first-level region most of the story's names can lie in together ("Athens", "Clarke County" and
  // "Oconee County": Georgia), when they agree on one; its places are preferred above all.
  std::string region, region_country;
  // Word hashes of the surnames the story gives people ("Cindy Davidson", "Mr. Harding"): alone later, such
  // a word is the person, not the town that shares it.
  std::vector<uint64_t> surnames;
  // Word hashes of the words that open a sentence and that the story also writes in lower case ("Snow ...",
  // "... the snow"): common words there, not towns.
  std::vector<uint64_t> common_words;
  // Where the story's local names may lie: every town and county that each name with few places can be,
  // tagged by the name. A place near one another name can be ("Paris" beside "Henry County", Tennessee) is
  // preferred.
  struct Spot {
    float lat, lon;
    const int* name;  // the name's candidate list, which identifies it
    bool county;      // a county (its point is its middle)
  };
  std::vector<Spot> spots;
  // The counties the story names (their names' candidate lists): alone, a county's name is the county when
  // the town that bears it lies far away ("Suffolk" in a story about Suffolk County, New York).
  std::vector<const int*> counties;
  // The town the story names most often (a gazetteer index, -1 if none): where its streets, buildings and
  // sites lie unless the text says otherwise ("Maple Street" in a story about Winnipeg).
  int local = -1;
  // Whether the story's names have been read (by LearnStoryPlaces): until then its countries are those of
  // its actors and dateline only.
  bool learned = false;
};

// What the gazetteer knows at each token of one sentence: the longest name starting there and its places.
// It depends on the words alone, not on the story, so FindPlaces records it here as it looks names up and
// later calls over the same sentence (the story's countries first, then the coder) look them up once.
// Reset whenever it is used with another token count.
struct PlaceCache {
  size_t n = 0;
  std::vector<int> len;                   // per token: -1 not looked up yet, 0 no name, else words
  std::vector<std::span<const int>> found;
};

// Does a name stand for a country and also for a region or a large city ("Georgia")?
bool NamesCountryAndOther(const lexicon::Gazetteer& gaz, std::span<const int> candidates);

// Finds toponyms among the first `n` tokens. The story's countries and regions raise the score of places in
// them (the countries of the story's actors and dateline).
// With `actors`, countries named by the actor dictionary (names, adjectives, demonyms: "U.S.", "Russian",
// "Britons") are places too, at the country's centroid; adjectives are marked `adjective`.
std::vector<PlaceMention> FindPlaces(const std::vector<text::Token>& toks, size_t n,
                                     const lexicon::Gazetteer& gaz,
                                     const StoryPlaces& story,
                                     const lexicon::ActorDict* actors = nullptr, PlaceCache* cache = nullptr);

// Picks among candidate places for one name. `admin_cue`: the text said "province"/"region"/...
int ChoosePlace(std::span<const int> candidates, const lexicon::Gazetteer& gaz, bool admin_cue,
                const StoryPlaces& story);

// Adds to `story` the countries and regions of the clear place names of these sentences (capitals,
// regional capitals, big cities, regions named as such), most frequent first after those already there.
// `caches`, when given, holds one PlaceCache per sentence.
void LearnStoryPlaces(const std::vector<const std::vector<text::Token>*>& sentences, const lexicon::Gazetteer& gaz,
                      const lexicon::ActorDict* actors, StoryPlaces* story,
                      std::vector<PlaceCache>* caches = nullptr);

bool IsLocativePreposition(std::string_view lower);

}  // namespace dyad::resolve

#endif  // DYAD_RESOLVE_PLACES_H_
