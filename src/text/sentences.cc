#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace dyad::text {

namespace {

// Words that begin a new sentence after an ambiguous abbreviation ("... the U.S. The next day").
bool IsSentenceStarter(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kStart = {
      "the", "he", "she", "it", "they", "we", "i", "but", "in", "on", "a", "an", "this", "that",
      "there", "his", "her", "their", "its", "after", "when", "while", "meanwhile", "however"};
  return std::find(kStart.begin(), kStart.end(), w) != kStart.end();
}

bool IsTitleOrMonth(std::string_view w) {
  // Titles and months never end a sentence when followed by a capitalised word or a number.
  return IsKnownAbbreviation(w) && w != "inc" && w != "corp" && w != "co" && w != "ltd" &&
         w != "jr" && w != "sr";
}

// Finds "CITY, Country — " (or AFP's "CITY, Country: ", AP's "CITY, Country (AP)_ ") at the start. Returns the dash's end offset, or 0
// when there is none.
size_t FindDateline(std::string_view t, std::string* dateline) {
  size_t limit = std::min<size_t>(t.size(), 120);
  size_t nl = t.find('\n');
  if (nl != std::string_view::npos) limit = std::min(limit, nl);
  static const std::array<std::string_view, 4> kDashes = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "};
  // The first " <dash> " (or ": ") within the limit: one pass over the dash bytes, not one search per dash
  // (" - " would stop at every space). At most one of the dashes can start at a given space.
  size_t best = std::string_view::npos, dash_len = 0;
  bool close = false;  // a dash without spaces
  const std::string_view head_limit = t.substr(0, limit);
  for (size_t k = 1; k < head_limit.size() && best == std::string_view::npos; ++k) {
    if (head_limit[k] == ':' && k + 1 < head_limit.size() && head_limit[k + 1] == ' ') {
      best = k, dash_len = 2;
      break;
    }
    // AP's "CITY, Country (AP)_ " and "(AP) _ ": an underscore after the agency's parenthesis.
    if (head_limit[k] == '_' && head_limit[k - 1] == ')') {
      best = k, dash_len = 1;
      break;
    }
    if (head_limit[k] == '_' && k >= 2 && head_limit[k - 1] == ' ' && head_limit[k - 2] == ')') {
      best = k - 1, dash_len = 2;
      break;
    }
    if (head_limit[k] != '-' && static_cast<unsigned char>(head_limit[k]) != 0xE2) continue;
    // A long dash set close after the capitals of a place (an em dash right after "WASHINGTON").
    if (const char b = head_limit[k - 1];
        b >= 'A' && b <= 'Z' && (head_limit.substr(k, 3) == "\xE2\x80\x94" || head_limit.substr(k, 3) == "\xE2\x80\x93")) {
      best = k, dash_len = 3, close = true;
      break;
    }
    if (head_limit[k - 1] != ' ') continue;
    for (auto d : kDashes)
      if (head_limit.substr(k - 1, d.size()) == d) {
        best = k - 1, dash_len = d.size();
        break;
      }
  }
  if (best == std::string_view::npos || best == 0) return 0;
  std::string_view head = t.substr(0, best);
  // The first word must be all capitals (CITY), at least two letters.
  size_t w_end = head.find_first_of(" ,(");
  std::string_view first = head.substr(0, w_end);
  int letters = 0;
  for (unsigned char c : first) {
    if (c >= 'a' && c <= 'z') return 0;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  if (letters < 2) return 0;
  // After a colon only a place in capitals ("GENEVA: ", "BASRA, Iraq: "), not "NATO said: ";
  // so before a dash set close.
  if (dash_len == 2 || close) {
    std::string_view city = head.substr(0, head.find(','));
    for (unsigned char c : city)
      if (c >= 'a' && c <= 'z') return 0;
  }
  if (std::count(head.begin(), head.end(), ' ') > 6) return 0;
  std::string d(head);
  size_t paren = d.find(" (");
  if (paren != std::string::npos) d.erase(paren);
  while (!d.empty() && (d.back() == ' ' || d.back() == ',')) d.pop_back();
  *dateline = d;
  return best + dash_len;
}

void SplitParagraph(std::string_view text, int pb, int pe, int para, std::vector<SentenceSpan>* out) {
  std::vector<Token> toks = Tokenize(text.substr(pb, pe - pb), pb);
  size_t start = 0;
  auto flush = [&](size_t end_tok) {
    if (end_tok <= start) return;
    SentenceSpan s;
    s.paragraph = para;
    s.begin = toks[start].begin;
    s.end = toks[end_tok - 1].end;
    // Tokens before `end_tok` are not looked at again: move them (a paragraph of one sentence: the vector).
    if (start == 0 && end_tok == toks.size()) s.tokens = std::move(toks);
    else s.tokens.assign(std::make_move_iterator(toks.begin() + start), std::make_move_iterator(toks.begin() + end_tok));
    out->push_back(std::move(s));
    start = end_tok;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    const Token* next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
    bool end = false;
    if (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "...") {
      bool ellipsis = t.lower == "...";
      // Closing quotes and brackets belong to the sentence that ends here.
      while (next && (next->lower == "\"" || next->lower == "'" || next->lower == ")") &&
             next->begin == toks[i].end) {
        ++i;
        next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
      }
      end = !ellipsis || !next || next->Is(kCap) || next->lower == "\"";
    } else if (t.Is(kAbbrev) && next && (next->Is(kCap) || next->lower == "\"")) {
      std::string_view w(t.lower);
      w.remove_suffix(1);
      bool dotted = w.find('.') != std::string_view::npos;  // U.S., U.N.
      if (dotted && next->Is(kCap) && IsSentenceStarter(next->lower)) end = true;
      else if (!dotted && !IsTitleOrMonth(w) && w.size() > 1 && IsSentenceStarter(next->lower)) end = true;
    }
    if (end) flush(i + 1);
  }
  flush(toks.size());
}

}  // namespace

Layout SplitStory(std::string_view text) {
  Layout layout;
  size_t body = FindDateline(text, &layout.dateline);
  layout.body_begin = static_cast<int>(body);
  // Paragraphs: split at newlines (a blank line or a single newline both end a paragraph).
  int para = 0;
  size_t p = body;
  while (p < text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    bool blank = true;
    for (size_t k = p; k < e; ++k)
      if (text[k] != ' ') { blank = false; break; }
    if (!blank) {
      SplitParagraph(text, static_cast<int>(p), static_cast<int>(e), para, &layout.sentences);
      ++para;
    }
    p = e + 1;
  }
  return layout;
}

}  // namespace dyad::text
