// Word classes that toponym recognition consults: words that are no place alone, words that mark a place
// or a person next to a name. All take lower-case words.
#ifndef DYAD_RESOLVE_PLACE_WORDS_H_
#define DYAD_RESOLVE_PLACE_WORDS_H_

#include <string_view>

namespace dyad::resolve {

// "north", "western", "new", "coast", ...: words that begin or make up names but are no name alone.
bool IsGenericPlaceWord(std::string_view w);
// "province", "county", "parish", ...: a first- or second-level division after its name.
bool IsAdminWord(std::string_view w);
// Function words, numbers, months and weekdays: capitalised, and a place somewhere, but never meant as one.
bool IsStopName(std::string_view w);
// "Police", "Council", "Christmas", "English": a town somewhere, but alone an institution, noun or language.
bool IsCommonNounName(std::string_view w);
// "City", "Council", "Times", "Police", ...: after a town's name in its bodies, papers and facilities.
bool IsLocalBodyWord(std::string_view w);
// "Mr.", "Sen.", "Mayor", ...: before a person's name.
bool IsPersonTitle(std::string_view w);
// "brother", "wife", "niece", ...: before a person's first name.
bool IsKinWord(std::string_view w);
// "Downtown", "Greater", "Fort", ...: before a place's name, so the name is no surname.
bool IsPlacePrefix(std::string_view w);
// "street", "avenue", "road", "square", ...: after a name, a way or square inside a town.
bool IsStreetWord(std::string_view w);
// "hospital", "stadium", "river", "airport", ...: after a name, a building, site or natural feature.
bool IsFeatureWord(std::string_view w);
// "mount", "lake", "cape": before a name, a natural feature.
bool IsFeaturePrefix(std::string_view w);

// The U.S. state or district a two-letter postal code stands for ("SC" -> "South Carolina"), or empty.
// Only where a state is expected (after a dateline's comma): "IN", "OR", "ME" are words elsewhere.
std::string_view UsPostalState(std::string_view code);

}  // namespace dyad::resolve

#endif  // DYAD_RESOLVE_PLACE_WORDS_H_
