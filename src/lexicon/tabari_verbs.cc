#include "lexicon/tabari_verbs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "text/normalize.h"

namespace dyad::lexicon {

namespace {

constexpr size_t kMaxVariants = 64;  // expansions of multi-word synset members per pattern

struct Word {
  std::string w;  // lower case
  bool stem = false;
  bool gap = false;  // TABARI synset members: words may come here ("AUSTRIAN FLORIN": "austrian gold florin")
};
using Phrase = std::vector<Word>;  // adjacent words

// One token of a pattern as written.
struct Item {
  enum class Kind { kWords, kVerb, kTarget, kSource, kSkip, kGap, kSkipActor };
  Kind kind = Kind::kWords;
  std::vector<Phrase> alts;  // kWords
};

// A verb of a block: its own words around it, forms and default code.
struct Verb {
  std::string head;
  bool stem = false;
  std::vector<std::string> forms;
  std::vector<PatternElem> before, after;
  bool has_code = false;
  std::string code, paired;
  int line = 0;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// PETRARCH's regular plural: +S, Y -> IES, SS -> SES.
std::string PetrarchPlural(const std::string& w) {
  if (EndsWith(w, "ss")) return w + "es";
  if (w.size() > 1 && w.back() == 'y' && std::string("aeiou").find(w[w.size() - 2]) == std::string::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

// "[032:033]" -> code 032, paired 033; "[---]", "[###]", "[+++]" -> no code; "[023?]" -> 023.
void ParseCode(std::string_view inside, std::string* code, std::string* paired) {
  auto clean = [](std::string_view s) {
    std::string out;
    for (char c : s)
      if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
    return out;
  };
  size_t colon = inside.find(':');
  *code = clean(inside.substr(0, colon));
  *paired = colon == std::string_view::npos ? "" : clean(inside.substr(colon + 1));
}

// Line reader: Latin-1 lines are converted (TABARI's CAMEO file has a few), with one warning per file.
std::vector<std::string> SplitLines(const std::string& name, const std::string& text, Errors* errors) {
  std::vector<std::string> lines;
  bool warned = false;
  size_t p = 0;
  while (p <= text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string::npos) e = text.size();
    std::string line = text.substr(p, e - p);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!text::ValidateUtf8(line).ok()) {
      std::string utf8;
      for (unsigned char c : line) {
        if (c < 0x80) {
          utf8.push_back(static_cast<char>(c));
        } else {
          utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
          utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
      }
      line = utf8;
      if (!warned) errors->Warn(name, static_cast<int>(lines.size() + 1), "not UTF-8: read as Latin-1");
      warned = true;
    }
    lines.push_back(std::move(line));
    if (e == text.size()) break;
    p = e + 1;
  }
  return lines;
}

class Reader {
 public:
  Reader(const std::string& name, std::vector<VerbPattern>* out, Errors* errors)
      : name_(name), file_(std::filesystem::path(name).filename().string()), out_(out), errors_(errors) {}

  void Read(const std::string& text) {
    std::vector<std::string> lines = SplitLines(name_, text, errors_);
    for (const std::string& l : lines) {
      std::string_view t = Trim(l);
      if (t.rfind("--- ", 0) == 0 || t.rfind("---\t", 0) == 0) petrarch_ = true;
    }
    bool in_comment = false, in_time = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      line_ = static_cast<int>(i + 1);
      std::string t = StripComments(lines[i], &in_comment);
      if (t.empty()) continue;
      if (t.rfind("~~", 0) == 0) break;  // TABARI ~~FINISH
      if (t[0] == '<') {                 // TABARI sections: <SYNSETS> is read, <TIME> and others skipped
        std::string tag = Lower(t);
        if (tag.rfind("<time", 0) == 0) in_time = true;
        if (tag.rfind("</time", 0) == 0) in_time = false;
        continue;
      }
      if (in_time) continue;
      if (t.rfind("---", 0) == 0 && t.size() > 3 && t.find('-', 3) != std::string::npos) {
        StartBlock(t);
      } else if (t[0] == '&') {
        synset_ = Trim(t.substr(1));
        if (synset_.empty()) errors_->Add(name_, line_, "synset without a name");
        synsets_[synset_];  // defined, possibly empty
        synset_plural_ = petrarch_ && !synset_.empty() && synset_.back() != '_';
      } else if (t[0] == '+' && !synset_.empty()) {
        AddSynsetMember(t.substr(1));
      } else if (t[0] == '-') {
        synset_.clear();
        Pattern(t.substr(1));
      } else if (t[0] == '{') {
        synset_.clear();
        if (verbs_.empty()) {
          errors_->Add(name_, line_, "forms line with no verb before it");
          continue;
        }
        size_t close = t.find('}');
        for (const std::string& f : SplitList(t.substr(1, close == std::string::npos ? std::string::npos : close - 1), ' '))
          AddForm(&verbs_.back(), f);
      } else {
        synset_.clear();
        VerbLine(t);
      }
    }
    EmitDefaults();
    if (dropped_slots_ > 0)
      errors_->Warn(name_, dropped_line_, std::to_string(dropped_slots_) +
                                              " '$'/'+' slots before the verb dropped (the clause subject is used), the first here");
  }

 private:
  std::string StripComments(const std::string& raw, bool* in_comment) {
    std::string t;
    size_t p = 0;
    while (p < raw.size()) {
      if (*in_comment) {
        size_t e = raw.find("-->", p);
        if (e == std::string::npos) return std::string(Trim(t));
        *in_comment = false;
        p = e + 3;
        continue;
      }
      size_t b = raw.find("<!--", p);
      if (b == std::string::npos) {
        t += raw.substr(p);
        break;
      }
      t += raw.substr(p, b - p);
      *in_comment = true;
      p = b + 4;
    }
    // ';' comments (both formats) and '#' comments outside brackets ("[###]" is a code).
    size_t semi = t.find(';');
    if (semi != std::string::npos) t.erase(semi);
    int depth = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '[') ++depth;
      else if (t[i] == ']') --depth;
      else if (t[i] == '#' && depth == 0) {
        t.erase(i);
        break;
      }
    }
    return std::string(Trim(t));
  }

  // "--- ACCELERATE [---] ---": a PETRARCH block; its code is the default of its verbs.
  void StartBlock(const std::string& t) {
    EmitDefaults();
    synset_.clear();
    verbs_.clear();
    block_code_.clear();
    block_paired_.clear();
    size_t b = t.find('['), e = t.find(']');
    if (b != std::string::npos && e != std::string::npos && e > b)
      ParseCode(std::string_view(t).substr(b + 1, e - b - 1), &block_code_, &block_paired_);
  }

  // "+AUSTRIAN FLORIN", "+GOLDEN_GOBLIN_GALLEONS_", "+&TIETYPES".
  void AddSynsetMember(std::string_view m) {
    std::string s(Trim(m));
    std::vector<Phrase>& set = synsets_[synset_];
    if (!petrarch_ || s.empty()) {
      AddTabariMember(s, &set);
      return;
    }
    if (s[0] == '&') {
      std::string ref = s.substr(1);
      auto it = synsets_.find(ref);
      if (it == synsets_.end()) it = synsets_.find(ref + "_");
      if (it == synsets_.end()) {
        errors_->Warn(name_, line_, "unknown synset &" + ref + " in &" + synset_ + ": member ignored");
        return;
      }
      std::vector<Phrase> copy = it->second;
      set.insert(set.end(), copy.begin(), copy.end());
      return;
    }
    Phrase ph = Words(s);
    if (ph.empty()) return;
    for (Word& w : ph) w.stem = false;
    set.push_back(ph);
    if (synset_plural_ && !(s.back() == '_')) {
      ph.back().w = PetrarchPlural(ph.back().w);
      set.push_back(ph);
    }
  }

  void AddTabariMember(const std::string& s, std::vector<Phrase>* set) {
    // TABARI: a member may join words and other synsets ("&TIETYPES_MEMOS", "ASSURANCES_ON &TIETYPES"); a
    // space lets words come between ("&TIETYPES ASSURANCES": "cultural internal assurances").
    std::vector<Phrase> acc(1);
    std::istringstream chunks(s);
    std::string chunk;
    while (chunks >> chunk) {
      if (!acc[0].empty())
        for (Phrase& ph : acc) ph.push_back(Word{"", false, true});
      for (size_t b = 0; b < chunk.size();) {
        size_t e = chunk.find('_', b);
        bool exact = e != std::string::npos;
        std::string piece = chunk.substr(b, exact ? e - b : std::string::npos);
        b = exact ? e + 1 : chunk.size();
        if (piece.empty()) continue;
        std::vector<Phrase> alts;
        if (piece[0] == '&') {
          auto it = synsets_.find(piece.substr(1));
          if (it == synsets_.end()) it = synsets_.find(piece.substr(1) + "_");
          if (it == synsets_.end()) {
            errors_->Warn(name_, line_, "unknown synset " + piece + " in &" + synset_ + ": member ignored");
            return;
          }
          alts = it->second;
        } else {
          alts.push_back(Words(exact ? piece + "_" : piece));
        }
        std::vector<Phrase> next;
        for (const Phrase& a : acc)
          for (const Phrase& x : alts) {
            if (next.size() >= kMaxVariants) break;
            next.push_back(a);
            next.back().insert(next.back().end(), x.begin(), x.end());
          }
        acc = std::move(next);
      }
    }
    for (Phrase& ph : acc)
      if (!ph.empty()) set->push_back(std::move(ph));
  }

  // Words of a phrase joined by spaces or '_'; a word not followed by '_' is a TABARI stem.
  Phrase Words(std::string_view s) const {
    Phrase out;
    std::string w;
    auto flush = [&](bool followed_by_underscore) {
      if (w.empty()) return;
      // "REAL~_PLEASANT": '~' before '_' keeps the word a stem ("really pleasant") while joining the words.
      if (w.back() == '~') followed_by_underscore = false;
      if (w.back() == '=') followed_by_underscore = true;  // "BAN=": exact, no TABARI endings ("baning")
      std::string lw;
      for (char c : w)
        if (c != '~' && c != '=') lw.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      // "DIDN'T", "CAN'T", "GONDOR'S", "ANTI-": two words, as the tokeniser splits them ("did" "n't").
      size_t clitic = lw.size() > 3 && lw.compare(lw.size() - 3, 3, "n't") == 0 ? 3
                      : lw.size() > 2 && lw.compare(lw.size() - 2, 2, "'s") == 0 ? 2
                      : lw.size() > 1 && lw.back() == '-'                        ? 1
                                                                                   : 0;
      if (clitic) {
        out.push_back(Word{lw.substr(0, lw.size() - clitic), false});
        out.push_back(Word{lw.substr(lw.size() - clitic), false});
      } else if (!lw.empty()) {
        out.push_back(Word{lw, !petrarch_ && !followed_by_underscore && lw.size() >= 3});
      }
      w.clear();
    };
    for (char c : s) {
      if (c == '_') flush(true);
      else if (c == ' ' || c == '\t') flush(false);
      else w.push_back(c);
    }
    flush(false);
    return out;
  }

  static PatternElem Elem(const std::vector<Phrase>& single) {
    PatternElem e;
    for (const Phrase& p : single) {
      const Word& w = p[0];
      auto& list = w.stem ? e.stems : e.alternatives;
      if (std::find(list.begin(), list.end(), w.w) == list.end()) list.push_back(w.w);
    }
    return e;
  }

  static PatternElem Literal(const Word& w) { return Elem({Phrase{w}}); }

  void AddForm(Verb* v, const std::string& f) {
    // "+ASKED_FOR", "WIRE_+TAPPED", "BROKEN_DOWN_": the marked word, else the first, is the verb form.
    std::vector<std::string> parts = SplitList(f, '_');
    std::string form;
    for (const std::string& p : parts)
      if (!p.empty() && p[0] == '+') form = p.substr(1);
    if (form.empty() && !parts.empty()) form = parts[0];
    if (!form.empty() && form[0] == '+') form.erase(0, 1);
    form = Lower(form);
    if (!form.empty()) v->forms.push_back(form);
  }

  // "ABANDON [345]", "KLM_NOP_+RST [002]", "HURRY {HURRIES HURRYING HURRIED }", "+ASK_FOR {+ASKED_FOR} [020]",
  // "APPRECIATE POSITION [042]".
  void VerbLine(const std::string& t) {
    Verb v;
    v.line = line_;
    std::string words = t;
    size_t b = words.find('[');
    if (b != std::string::npos) {
      size_t e = words.find(']', b);
      if (e == std::string::npos) {
        errors_->Add(name_, line_, "unclosed '['");
        return;
      }
      ParseCode(std::string_view(words).substr(b + 1, e - b - 1), &v.code, &v.paired);
      v.has_code = true;
      words.erase(b);
    }
    size_t fb = words.find('{');
    if (fb != std::string::npos) {
      size_t fe = words.find('}', fb);
      std::string forms = words.substr(fb + 1, fe == std::string::npos ? std::string::npos : fe - fb - 1);
      words.erase(fb);
      for (const std::string& f : SplitList(forms, ' ')) AddForm(&v, f);
    }
    words = std::string(Trim(words));
    bool plus_verb = !words.empty() && words[0] == '+';  // PETRARCH "+ASK_FOR": the verb starts the phrase
    if (plus_verb) words.erase(0, 1);
    // The verb is the word marked '+', else the first word.
    size_t mark = words.find('+');
    std::string before_text = mark == std::string::npos ? "" : words.substr(0, mark);
    std::string rest_text = mark == std::string::npos ? words : words.substr(mark + 1);
    Phrase before = Words(before_text), rest = Words(rest_text);
    if (rest.empty()) {
      errors_->Add(name_, line_, "verb line has no verb");
      return;
    }
    v.head = rest[0].w;
    v.stem = rest[0].stem;
    // TABARI's regular endings beyond English inflection ("DEPART_": "departes", "departen"); '=' has none.
    if (!petrarch_ && !v.stem && rest.size() == 1 && words.back() != '=')
      for (const char* end : {"es", "en"}) v.forms.push_back(v.head + end);
    for (const Word& w : before) v.before.push_back(Literal(w));
    for (size_t i = 1; i < rest.size(); ++i) v.after.push_back(Literal(rest[i]));
    if (!petrarch_) {  // a TABARI verb line starts its own block
      EmitDefaults();
      verbs_.clear();
      block_code_.clear();
      block_paired_.clear();
    }
    if (!v.has_code) {
      v.code = block_code_;
      v.paired = block_paired_;
    }
    verbs_.push_back(v);
    // The verb alone codes its default (nothing for "[---]"), after its patterns: a pattern that matches no
    // more words than the verb alone ("CALLED_ON [094]" with "- $ * [095]") still comes first.
    if (!v.code.empty() || !v.paired.empty()) pending_defaults_.push_back(verbs_.size() - 1);
  }

  void EmitDefaults() {
    compound_ = VerbPattern::Compound::kNone;
    for (size_t i : pending_defaults_) {  // with the forms a `{ ... }` line gave the verb after its line
      const Verb& v = verbs_[i];
      Emit(v, {}, {}, v.code, v.paired, v.line, false);
    }
    pending_defaults_.clear();
  }

  // Adds one pattern for `v` with extra elements before and after the head.
  void Emit(const Verb& v, std::vector<PatternElem> before, std::vector<PatternElem> after, const std::string& code,
            const std::string& paired, int line, bool has_target) {
    VerbPattern p;
    p.code = code;
    p.paired_code = paired;
    p.head = v.head;
    p.stem_head = v.stem;
    p.forms = v.forms;
    p.where = file_ + ":" + std::to_string(line);
    p.before = v.before;
    p.before.insert(p.before.end(), before.begin(), before.end());
    p.rest = v.after;
    p.rest.insert(p.rest.end(), after.begin(), after.end());
    p.has_target_slot = has_target;
    p.next_actor_is_target = true;
    p.compound = compound_;
    out_->push_back(std::move(p));
  }

  // Resolves "&NAME" at the start of `pieces[i]`, joining '_'-separated pieces greedily ("&FIGHT_OF_WORDS").
  const std::vector<Phrase>* Synset(const std::vector<std::string>& pieces, size_t* i) const {
    const std::vector<Phrase>* found = nullptr;
    size_t used = *i;
    std::string name;
    for (size_t k = *i; k < pieces.size(); ++k) {
      name += (k == *i ? pieces[k].substr(1) : "_" + pieces[k]);
      auto it = synsets_.find(name);
      if (it == synsets_.end()) it = synsets_.find(name + "_");
      if (it != synsets_.end()) found = &it->second, used = k;
    }
    *i = used;
    return found;
  }

  void Pattern(std::string_view body) {
    compound_ = VerbPattern::Compound::kNone;
    std::string t(Trim(body));
    // The code: the last [...] of the line.
    size_t b = t.rfind('[');
    size_t e = b == std::string::npos ? std::string::npos : t.find(']', b);
    if (b == std::string::npos || e == std::string::npos) {
      errors_->Add(name_, line_, "pattern without [code]");
      return;
    }
    std::string code, paired;
    ParseCode(std::string_view(t).substr(b + 1, e - b - 1), &code, &paired);
    t.erase(b);
    if (verbs_.empty()) {
      errors_->Add(name_, line_, "pattern with no verb before it");
      return;
    }
    // TABARI alternatives "{ A | B }" become anonymous synsets; PETRARCH-2 groups "(PP)" and "{NP}" are words.
    std::map<std::string, std::vector<Phrase>> local;
    std::string flat;
    for (size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (c == '{') {
        size_t close = t.find('}', i);
        std::string inside = t.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
        if (inside.find('|') != std::string::npos) {
          std::string key = "\x01" + std::to_string(local.size());
          for (const std::string& alt : SplitList(inside, '|')) {
            if (!petrarch_) {  // as a synset member: "&CURRENCY_EXCHANGE", "LOUDLY INCLUDED" (words may come between)
              AddTabariMember(std::string(Trim(alt)), &local[key]);
              continue;
            }
            Phrase ph = Words(alt);
            if (!ph.empty()) local[key].push_back(ph);
          }
          flat += "&" + key;
          i = close == std::string::npos ? t.size() : close;
          continue;
        }
        flat.push_back(' ');
        continue;
      }
      flat.push_back(c == '}' || c == '(' || c == ')' ? ' ' : c);
    }
    // Items: chunks separated by spaces (words may come between them), pieces joined by '_' (adjacent).
    std::vector<Item> items;
    std::istringstream chunks(flat);
    std::string chunk;
    bool bad = false;
    while (chunks >> chunk) {
      if (!items.empty()) items.push_back(Item{Item::Kind::kGap, {}});
      std::vector<std::string> pieces;
      std::vector<bool> exact;  // piece followed by '_'
      {
        std::string cur;
        for (char c : chunk) {
          if (c == '_') {
            pieces.push_back(cur);
            exact.push_back(true);
            cur.clear();
          } else {
            cur.push_back(c);
          }
        }
        pieces.push_back(cur);
        exact.push_back(false);
      }
      for (size_t i = 0; i < pieces.size(); ++i) {
        const std::string& pc = pieces[i];
        if (pc.empty()) continue;
        if (pc == "*" || pc == "**") items.push_back(Item{Item::Kind::kVerb, {}});
        else if (pc == "+") items.push_back(Item{Item::Kind::kTarget, {}});
        else if (pc == "$") items.push_back(Item{Item::Kind::kSource, {}});
        else if (pc == "^") items.push_back(Item{Item::Kind::kSkipActor, {}});
        else if (pc == "%") {  // a compound actor here acts among its members
          bool after_verb = false;
          for (const Item& x : items) after_verb |= x.kind == Item::Kind::kVerb;
          compound_ = after_verb ? VerbPattern::Compound::kTarget : VerbPattern::Compound::kSource;
        }
        else if (pc[0] == '&') {
          const std::vector<Phrase>* set = nullptr;
          auto lit = local.find(pc.substr(1));
          if (lit != local.end()) set = &lit->second;
          else set = Synset(pieces, &i);
          if (!set || set->empty()) {
            errors_->Warn(name_, line_, "unknown synset " + pc + ": pattern ignored");
            bad = true;
            break;
          }
          items.push_back(Item{Item::Kind::kWords, *set});
        } else {
          Phrase ph = Words(pc);
          if (ph.empty()) continue;
          ph[0].stem = !petrarch_ && (!exact[i] || pc.back() == '~') && ph[0].w.size() >= 3;
          items.push_back(Item{Item::Kind::kWords, {ph}});
        }
      }
      if (bad) return;
    }
    size_t verbs = 0;
    for (const Item& it : items) verbs += it.kind == Item::Kind::kVerb;
    if (verbs != 1) {
      errors_->Warn(name_, line_, verbs == 0 ? "pattern has no '*': ignored" : "pattern has more than one '*': ignored");
      return;
    }
    // Variants: each multi-word member of a word class is its own sequence of adjacent words.
    std::vector<std::vector<PatternElem>> variants(1);
    std::vector<std::vector<size_t>> verb_at(1);
    bool capped = false;
    for (const Item& it : items) {
      std::vector<std::vector<PatternElem>> options;
      switch (it.kind) {
        case Item::Kind::kVerb: options.push_back({}); break;
        case Item::Kind::kTarget: options.push_back({PatternElem{PatternElem::Kind::kTarget, {}, {}}}); break;
        case Item::Kind::kSource: options.push_back({PatternElem{PatternElem::Kind::kSource, {}, {}}}); break;
        case Item::Kind::kSkipActor: options.push_back({PatternElem{PatternElem::Kind::kSkipActor, {}, {}}}); break;
        case Item::Kind::kSkip:
        case Item::Kind::kGap: options.push_back({PatternElem{PatternElem::Kind::kSkip, {}, {}}}); break;
        case Item::Kind::kWords: {
          std::vector<Phrase> single;
          for (const Phrase& ph : it.alts) {
            if (ph.size() == 1) {
              single.push_back(ph);
              continue;
            }
            std::vector<PatternElem> seq;
            for (const Word& w : ph) seq.push_back(w.gap ? PatternElem{PatternElem::Kind::kSkip, {}, {}} : Literal(w));
            options.push_back(std::move(seq));
          }
          if (!single.empty()) options.insert(options.begin(), std::vector<PatternElem>{Elem(single)});
          break;
        }
      }
      std::vector<std::vector<PatternElem>> next;
      std::vector<std::vector<size_t>> next_verb;
      for (size_t v = 0; v < variants.size(); ++v)
        for (const auto& opt : options) {
          if (next.size() >= kMaxVariants) {
            capped = true;
            break;
          }
          next.push_back(variants[v]);
          next_verb.push_back(verb_at[v]);
          if (it.kind == Item::Kind::kVerb) next_verb.back().push_back(next.back().size());
          next.back().insert(next.back().end(), opt.begin(), opt.end());
        }
      variants = std::move(next);
      verb_at = std::move(next_verb);
    }
    if (capped) errors_->Warn(name_, line_, "more than " + std::to_string(kMaxVariants) + " word-class variants: the rest dropped");
    for (size_t v = 0; v < variants.size(); ++v) {
      const std::vector<PatternElem>& all = variants[v];
      size_t at = verb_at[v].empty() ? 0 : verb_at[v][0];
      std::vector<PatternElem> before(all.begin(), all.begin() + at), after(all.begin() + at, all.end());
      // Slots before the verb with words beside them ("SUGGESTED_+ * DEMAND", "+ WAS * DEAD") name the actor
      // found there; a bare slot ("+ * FROM $"), or the first of two, is left to the clause's subject.
      {
        int slots = 0;
        for (size_t k = before.size(); k-- > 0;) {
          if (before[k].kind != PatternElem::Kind::kTarget && before[k].kind != PatternElem::Kind::kSource) continue;
          bool words_after = false;
          for (size_t j = k + 1; j < before.size(); ++j) words_after |= before[j].kind == PatternElem::Kind::kWord;
          bool words_before = false;
          for (size_t j = 0; j < k; ++j) words_before |= before[j].kind == PatternElem::Kind::kWord;
          if (++slots > 1 || (!words_after && !words_before)) {
            before.erase(before.begin(), before.begin() + k + 1);
            if (v == 0 && dropped_slots_++ == 0) dropped_line_ = line_;
            break;
          }
        }
      }
      Tidy(&before, /*toward_verb_at_end=*/true);
      Tidy(&after, /*toward_verb_at_end=*/false);
      bool has_target = false, extra_target = false;
      for (PatternElem& el : after) {
        if (el.kind != PatternElem::Kind::kTarget) continue;
        if (has_target) el.kind = PatternElem::Kind::kSkip, extra_target = true;
        has_target = true;
      }
      for (const PatternElem& el : before)
        if (el.kind == PatternElem::Kind::kTarget) {
          if (has_target) {
            extra_target = true;
            for (PatternElem& a : after)
              if (a.kind == PatternElem::Kind::kTarget) a.kind = PatternElem::Kind::kSkip;
          }
          has_target = true;
        }
      if (extra_target && v == 0) errors_->Warn(name_, line_, "more than one '+': the first is the target");
      for (const Verb& verb : verbs_) Emit(verb, before, after, code, paired, line_, has_target);
    }
  }

  // Never two skips in a row, and none at the end away from the verb; a skip next to the verb stays (words
  // may come between the verb and the pattern's first word).
  static void Tidy(std::vector<PatternElem>* elems, bool toward_verb_at_end) {
    std::vector<PatternElem> out;
    for (PatternElem& e : *elems) {
      if (e.kind == PatternElem::Kind::kSkip && !out.empty() && out.back().kind == PatternElem::Kind::kSkip) continue;
      out.push_back(std::move(e));
    }
    auto skip = [](const PatternElem& e) { return e.kind == PatternElem::Kind::kSkip; };
    if (toward_verb_at_end) {
      while (!out.empty() && skip(out.front())) out.erase(out.begin());
    } else {
      while (!out.empty() && skip(out.back())) out.pop_back();
    }
    // Only a skip is left: no words to find.
    if (out.size() == 1 && skip(out[0])) out.clear();
    *elems = std::move(out);
  }

  std::string name_, file_;
  std::vector<VerbPattern>* out_;
  Errors* errors_;
  bool petrarch_ = false;
  int line_ = 0;
  std::map<std::string, std::vector<Phrase>> synsets_;
  std::string synset_;  // the synset whose '+' members are being read
  bool synset_plural_ = false;
  std::vector<Verb> verbs_;  // the current block's verbs
  std::vector<size_t> pending_defaults_;  // verbs_ whose default pattern follows the block's patterns
  VerbPattern::Compound compound_ = VerbPattern::Compound::kNone;  // the pattern being read has a '%'
  std::string block_code_, block_paired_;
  int dropped_slots_ = 0;
  int dropped_line_ = 0;  // where the first was dropped
};

}  // namespace

bool LooksLikeTabariVerbsText(const std::string& text) {
  // Verb-only signs: patterns "- ... * ... [code]", PETRARCH block headers "--- NAME [code] ---", synsets.
  // (TABARI/PETRARCH actor files have none of these; dyad's verb lines start with a code.)
  int tabari = 0, dyad = 0;
  std::istringstream in(text);
  std::string line;
  for (int n = 0; n < 600 && std::getline(in, line);) {
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    ++n;
    bool code = t.find('[') != std::string_view::npos;
    if ((t.rfind("---", 0) == 0 && code) || t.rfind("<SYNSETS>", 0) == 0 || (t[0] == '&' && t.size() > 1)) ++tabari;
    else if (t[0] == '-' && t.find('*') != std::string_view::npos && code) ++tabari;
    else if (std::isdigit(static_cast<unsigned char>(t[0]))) ++dyad;
  }
  return tabari >= 2 && tabari > dyad;
}

bool LooksLikeTabariVerbs(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string head(65536, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return LooksLikeTabariVerbsText(head);
}

void ParseTabariVerbs(const std::string& name, const std::string& text, std::vector<VerbPattern>* out,
                      Errors* errors) {
  Reader(name, out, errors).Read(text);
}

void LoadTabariVerbs(const std::string& path, std::vector<VerbPattern>* out, Errors* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->Add(path + ": cannot read");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  ParseTabariVerbs(path, ss.str(), out, errors);
}

}  // namespace dyad::lexicon
