#include "util/word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {

// Words that share their length, first, second and last bytes land in the same slot and are told apart by
// their text; a word is found only whole.
TEST(WordSet, FindsEachWordAndNothingElse) {
  static constexpr std::array<std::string_view, 9> kWords = {"that", "thet", "tht", "a", "\"", "but",
                                                             "because", "n't", "whereas"};
  const WordSet set(kWords);
  for (std::string_view w : kWords) EXPECT_TRUE(set.count(std::string(w))) << w;
  for (std::string_view w : {"thit", "th", "thats", "", "b", "bu", "butt", "'", "becausf", "N'T"})
    EXPECT_FALSE(set.count(w)) << w;
}

TEST(WordSet, ManyWordsAndDuplicates) {
  static const std::array<std::string, 300> kOwned = [] {
    std::array<std::string, 300> a;
    for (size_t i = 0; i < a.size(); ++i) a[i] = "w" + std::to_string(i * 7);
    return a;
  }();
  std::array<std::string_view, 301> views;
  for (size_t i = 0; i < kOwned.size(); ++i) views[i] = kOwned[i];
  views[300] = kOwned[0];  // listed twice
  const WordSet set(views);
  for (size_t i = 0; i < 2200; ++i) EXPECT_EQ(set.count("w" + std::to_string(i)), i % 7 == 0 && i / 7 < 300) << i;
}

}  // namespace dyad
