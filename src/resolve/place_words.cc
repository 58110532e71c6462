#include "resolve/place_words.h"

#include <utility>

#include "util/word_set.h"

namespace dyad::resolve {

bool IsGenericPlaceWord(std::string_view w) {
  return w == "north" || w == "south" || w == "east" || w == "west" || w == "central" || w == "northern" ||
         w == "southern" || w == "eastern" || w == "western" || w == "northwest" || w == "northeast" ||
         w == "southwest" || w == "southeast" || w == "northwestern" || w == "northeastern" ||
         w == "southwestern" || w == "southeastern" || w == "upper" || w == "lower" || w == "new" ||
         w == "capital" || w == "centre" || w == "center" || w == "islands" || w == "coast" || w == "highlands";
}

bool IsAdminWord(std::string_view w) {
  return w == "province" || w == "governorate" || w == "region" || w == "state" || w == "oblast" ||
         w == "district" || w == "county" || w == "prefecture" || w == "department" || w == "territory" ||
         w == "parish";
}

// Capitalised words that are also place names somewhere (or begin one) but are almost never meant as
// places: function words that open sentences, numbers, months and weekdays.
bool IsStopName(std::string_view w) {
  static const WordSet kSet = {
      "the", "he", "she", "it", "they", "we", "but", "in", "on", "at", "a", "an", "and", "of", "for",
      "said", "asked", "after", "before", "while", "when", "if", "as", "this", "that", "there", "his",
      "her", "their", "its", "president", "minister", "mr.", "ms.", "mrs.", "gen.", "one", "two", "three",
      "already", "however", "during", "also", "both", "four", "five", "six", "seven", "eight", "nine", "ten",
      "more", "most", "many", "much", "since", "from", "just", "over", "still", "is", "are", "was", "none",
      "some", "all", "any", "every", "each", "other", "such", "only", "even", "then", "now", "here", "what",
      "who", "why", "how", "where", "so", "not", "no", "yes", "with", "by", "to", "about", "under", "between",
      "among", "against", "until", "through", "because", "although", "though", "despite", "once", "later",
      "today", "yesterday", "tomorrow", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday"};
  return kSet.count(w) != 0;
}

// Words that alone are a town somewhere but in news are institutions, common nouns, holidays or languages
// ("Police said", "the Council", "at Christmas", "in English", "Lot 12", "See below"); as the start of a longer name ("Park City")
// they still count.
bool IsCommonNounName(std::string_view w) {
  static const WordSet kSet = {
      "police", "council", "congress", "court", "senate", "parliament", "government", "city", "town", "chamber",
      "street", "avenue", "road", "park", "section", "law", "commerce", "man", "human", "god", "jesus",
      "free", "metro", "gulf", "christmas", "easter", "thanksgiving", "halloween", "church", "school",
      "english", "arab", "valley", "lot", "pack", "patrol", "driver", "drain", "can", "vice", "well", "early",
      "see", "justice", "industry", "hospital", "home", "give", "walk", "tour", "reserve", "loop", "marine",
      "marines", "bar", "along", "welcome", "side", "story", "rain", "paper", "reform", "federal", "liberal",
      "continental"};
  return kSet.count(w) != 0;
}

// Words that follow a town's name in the names of its bodies, papers and facilities.
bool IsLocalBodyWord(std::string_view w) {
  // Not "University", "Library", "Center": those follow people's names as often ("Carnegie Library").
  static const WordSet kSet = {
      "city", "council", "county", "police", "pd", "public", "daily", "community", "arts", "area", "fire", "schools",
      "school", "high", "hospital", "chamber", "club", "mayor", "board", "commission", "times", "news", "post",
      "herald", "tribune", "journal", "gazette", "star", "airport", "museum", "township", "metro", "regional",
      "municipal", "fed", "district", "town", "village", "borough", "downtown", "parks", "planning", "housing",
      "water", "utilities", "transit", "sheriff", "veterans", "historical", "economic", "department"};
  return kSet.count(w) != 0;
}

// Words before a person's name.
bool IsPersonTitle(std::string_view w) {
  static const WordSet kSet = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "sgt.", "lt.", "capt.",
                               "det.", "cpl.", "officer", "deputy", "mayor", "sheriff", "judge", "coach",
                               "councilman", "councilwoman", "commissioner", "superintendent", "pastor"};
  return kSet.count(w) != 0;
}

// Words for a relative or partner, before a person's first name ("his brother Jordan", "wife Florence").
bool IsKinWord(std::string_view w) {
  static const WordSet kSet = {"brother", "sister", "son", "daughter", "wife", "husband", "girlfriend", "boyfriend",
                               "fiance", "fiancee", "fianc\u00e9", "fianc\u00e9e", "mother", "father", "mom", "dad",
                               "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
                               "grandmother", "grandfather", "stepson", "stepdaughter", "widow", "widower",
                               "brothers", "sisters", "sons", "daughters"};
  return kSet.count(w) != 0;
}

// Words before a place's name that make no person of it ("Downtown Greer", "Greater Manchester").
bool IsPlacePrefix(std::string_view w) {
  static const WordSet kSet = {"downtown", "uptown", "midtown", "metropolitan", "metro", "greater", "historic",
                               "unincorporated", "suburban", "rural", "old", "little", "fort", "port", "lake",
                               "mount", "mt.", "saint", "st.", "san", "santa", "los", "las", "el", "la", "le"};
  return kSet.count(w) != 0 || IsGenericPlaceWord(w);
}

// Words that end the name of a way or square ("Maple Street", "Elm Avenue", "Market Square").
bool IsStreetWord(std::string_view w) {
  static const WordSet kSet = {"street", "avenue", "road", "drive", "boulevard", "lane", "parade", "square",
                               "terrace", "crescent", "highway", "place", "st.", "ave.", "rd.", "blvd."};
  return kSet.count(w) != 0;
}

// Words that end the name of a building, a site or a natural feature ("Copperleaf Stadium", "St. Mary's
// Hospital", "Red Deer River"). Not "house" or "court": "White House" and "Supreme Court" stand for
// institutions far more often than for places.
bool IsFeatureWord(std::string_view w) {
  static const WordSet kSet = {
      "hospital", "church", "cathedral", "basilica", "mosque", "temple", "chapel", "school", "college", "university",
      "academy", "stadium", "arena", "centre", "center", "theatre", "theater", "hall", "museum", "library",
      "airport", "station", "prison", "jail", "courthouse", "park", "gardens", "estate", "racecourse",
      "campus", "market", "mall", "plaza", "hotel", "inn", "canal", "railroad", "railway", "bridge",
      "harbour", "harbor", "lagoon", "river", "creek", "mountains", "island", "point", "tower", "palace",
      "cemetery", "graveyard", "zoo", "pier", "dam", "reservoir", "forest", "plantation", "delta"};
  return kSet.count(w) != 0;
}

bool IsFeaturePrefix(std::string_view w) { return w == "mount" || w == "lake" || w == "cape"; }

std::string_view UsPostalState(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kStates[] = {
      {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
      {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
      {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
      {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
      {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
      {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
      {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
      {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
      {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
      {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
      {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}};
  for (const auto& [c, name] : kStates)
    if (c == code) return name;
  return {};
}

}  // namespace dyad::resolve
