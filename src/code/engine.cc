// Engine: opens the dictionaries and gazetteer once, then codes stories sentence by sentence.
#include "dyad/engine.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "code/coder.h"
#include "resolve/calendar.h"
#include "resolve/place_words.h"
#include "resolve/places.h"
#include "resolve/timex.h"
#include "syntax/mentions.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace dyad {

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kFuture: return "future";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

struct Engine::Impl {
  Options options;
  code::Lexicon lex;
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Open(const Options& options) {
  if (options.dict_dir.empty()) return Status::Error("no dictionary directory given (Options::dict_dir)");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  lexicon::Errors errors;
  if (options.load_own_actors) impl->lex.actors.LoadDir(options.dict_dir, &errors);
  for (const std::string& f : options.extra_actor_files) impl->lex.actors.LoadFile(f, &errors);
  impl->lex.actors.Build();
  impl->lex.verbs.LoadDir(options.dict_dir, &errors, options.load_own_verbs);
  impl->lex.cameo_frames = options.cameo_frames;
  impl->lex.first_verb_per_clause = options.first_verb_per_clause;
  for (const std::string& f : options.extra_verb_files) impl->lex.verbs.LoadFile(f, &errors);
  impl->lex.verbs.Build();
  if (impl->lex.verbs.event_codes() == 0) errors.Add(options.dict_dir + "/cameo/events.tsv: no event codes");
  if (!errors.empty()) return errors.ToStatus();
  if (!options.gazetteer_path.empty()) {
    DYAD_RETURN_IF_ERROR(impl->lex.gazetteer.Load(options.gazetteer_path, impl->lex.actors));
    for (const char* file : {"/lexicon/regions.txt", "/lexicon/landmarks.txt"}) {
      const std::string regions = options.dict_dir + file;
      if (std::filesystem::exists(regions)) DYAD_RETURN_IF_ERROR(impl->lex.gazetteer.LoadRegions(regions));
    }
  }
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Engine::Stats Engine::stats() const {
  Stats s;
  const auto& lex = impl_->lex;
  s.people = lex.actors.people();
  s.actors = lex.actors.entries().size() - s.people;
  s.agents = lex.actors.agents().size();
  s.verb_patterns = lex.verbs.patterns().size();
  s.event_codes = lex.verbs.event_codes();
  s.places = lex.gazetteer.size();
  using Kind = lexicon::ActorEntry::Kind;
  std::set<std::string> country_codes;
  for (const auto& e : lex.actors.entries()) {
    s.dated_roles += e.roles.size();
    if (e.kind == Kind::kCountry) country_codes.insert(e.code);
    else if (e.kind == Kind::kPerson) continue;
    else if (e.type == "IGO" || e.code.rfind("IGO", 0) == 0) ++s.igos;
    else if (e.type == "NGO" || e.code.rfind("NGO", 0) == 0) ++s.ngos;
    else if (e.type == "MED") ++s.media;
    else if (e.type == "REB" || e.type == "INS" || e.type == "UAF" || e.type == "SEP" || e.type == "CRM") ++s.armed_groups;
    else if (e.type == "PTY" || e.type == "OPP") ++s.parties;
    else ++s.other_groups;
  }
  s.countries = country_codes.size();
  // Agent nouns, titles and ethnic groups are counted as phrases: every noun a sentence can use.
  lex.actors.ForEachPhrase([&](const lexicon::PhraseHit& h) {
    if (h.role == lexicon::PhraseRole::kAgent) ++s.agent_nouns;
    else if (h.role == lexicon::PhraseRole::kTitle) ++s.titles;
    else if (h.role == lexicon::PhraseRole::kEthnic) ++s.ethnic;
  });
  std::set<std::string> codes;
  for (const auto& p : lex.verbs.patterns()) codes.insert(p.code);
  s.verb_codes = codes.size();
  return s;
}

namespace {

bool HasWord(const text::SentenceSpan& s, std::string_view w) {
  for (const auto& t : s.tokens)
    if (t.lower == w) return true;
  return false;
}

// A gazetteer place as the output's location.
Location LocationOf(const lexicon::Place& p) {
  Location l;
  l.name = p.name;
  l.country = p.country;
  l.admin1 = p.admin1;
  l.lat = p.lat;
  l.lon = p.lon;
  l.geonameid = p.geonameid;
  l.feature = p.feature;
  return l;
}

// "PEORIA, Ill.", "PUNE, India": the state or country after the dateline's comma (a gazetteer
// index), or -1. `at` is set to where its name starts in the dateline.
int DatelineRegion(const code::Lexicon& lex, const std::string& dateline, size_t* at = nullptr) {
  const size_t comma = dateline.find(',');
  if (comma == std::string::npos || lex.gazetteer.size() == 0) return -1;
  size_t b = dateline.find_first_not_of(' ', comma + 1);
  if (b == std::string::npos) return -1;
  size_t e = dateline.find(',', b);
  std::string name = dateline.substr(b, e == std::string::npos ? std::string::npos : e - b);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  // A state's postal code ("LAKELAND, FL") is that U.S. state.
  if (const std::string_view state = resolve::UsPostalState(name); !state.empty()) {
    for (int c : lex.gazetteer.Find(lexicon::Gazetteer::Key(state))) {
      const lexicon::Place& p = lex.gazetteer.place(c);
      if (p.IsAdmin1() && p.country == "USA") {
        if (at) *at = b;
        return c;
      }
    }
  }
  for (int c : lex.gazetteer.Find(lexicon::Gazetteer::Key(name))) {
    const lexicon::Place& p = lex.gazetteer.place(c);
    if (p.IsAdmin1() || p.IsCountry()) {
      if (at) *at = b;
      return c;
    }
  }
  return -1;
}

// "IRBIL, Iraq": the city before the comma (a gazetteer index, or -1), resolved with the story's countries,
// inside the state or country after the comma (`region`, DatelineRegion's) when one of its places lies there
// ("PORTLAND, Maine").
int DatelineCity(const code::Lexicon& lex, const std::string& dateline, const resolve::StoryPlaces& countries,
                 int region) {
  if (dateline.empty() || lex.gazetteer.size() == 0) return -1;
  std::string city = dateline.substr(0, dateline.find(','));
  std::span<const int> cands = lex.gazetteer.Find(lexicon::Gazetteer::Key(city));
  if (cands.empty()) return -1;
  std::vector<int> inside;
  if (const int r = region; r >= 0) {
    const lexicon::Place& outer = lex.gazetteer.place(r);
    for (int c : cands) {
      const lexicon::Place& p = lex.gazetteer.place(c);
      if (c != r && p.country == outer.country && (outer.IsCountry() || p.admin1 == outer.admin1)) inside.push_back(c);
    }
  }
  return resolve::ChoosePlace(inside.empty() ? cands : std::span<const int>(inside), lex.gazetteer, false, countries);
}

std::optional<Location> DatelinePlace(const code::Lexicon& lex, const std::string& dateline,
                                      const resolve::StoryPlaces& countries) {
  const int best = DatelineCity(lex, dateline, countries, DatelineRegion(lex, dateline));
  if (best < 0) return std::nullopt;
  return LocationOf(lex.gazetteer.place(best));
}

// Is the mention a place name itself: a seat of power ("Paris") or a country whose name a region or a large
// city shares ("Georgia")? Such a mention cannot tell which of those places the story means.
bool NamesAPlace(const code::Lexicon& lex, const std::vector<text::Token>& toks, const syntax::Mention& m) {
  if (m.place) return true;
  if (m.person || m.country.empty()) return false;
  std::string key;  // "Georgia", "Georgia communities", "Georgia lawmakers"
  for (int k = m.first; k < m.last && k < m.first + 3; ++k) {
    key += (key.empty() ? "" : " ") + toks[k].lower;
    if (resolve::NamesCountryAndOther(lex.gazetteer, lex.gazetteer.Find(key))) return true;
  }
  return false;
}

// The story's countries for place disambiguation, most important first: `first` (the dateline's), those
// its actors belong to, then those its clear place names lie in. Mentions that are place names themselves
// ("Paris" in a story about Paris, Texas; "Georgia" in one about Athens, Georgia) speak only when nothing
// else does; pronouns repeat their antecedent.
resolve::StoryPlaces StoryPlacesOf(const code::Lexicon& lex, const text::Layout& layout,
                                   std::vector<std::string> first,
                                   const std::vector<std::vector<syntax::Mention>>& mentions,
                                   std::vector<resolve::PlaceCache>* place_caches) {
  auto add = [](std::vector<std::string>* v, const std::string& c) {
    if (!c.empty() && std::find(v->begin(), v->end(), c) == v->end()) v->push_back(c);
  };
  resolve::StoryPlaces story_places;
  story_places.countries = std::move(first);
  std::vector<std::string> place_named;
  for (size_t i = 0; i < mentions.size() && i < layout.sentences.size(); ++i)
    for (const auto& m : mentions[i]) {
      if (m.adjective_only || m.pronoun || m.country.empty()) continue;
      add(NamesAPlace(lex, layout.sentences[i].tokens, m) ? &place_named : &story_places.countries, m.country);
    }
  std::vector<const std::vector<text::Token>*> sent_tokens;
  for (const auto& sp : layout.sentences) sent_tokens.push_back(&sp.tokens);
  resolve::LearnStoryPlaces(sent_tokens, lex.gazetteer, &lex.actors, &story_places, place_caches);
  if (story_places.countries.empty()) story_places.countries = std::move(place_named);
  // The dateline's state or country ("BILLINGS, Mont.") says where the story is, above what its names agree on.
  const int region = DatelineRegion(lex, layout.dateline);
  if (const int r = region; r >= 0) {
    const lexicon::Place& p = lex.gazetteer.place(r);
    auto& c = story_places.countries;
    std::erase(c, p.country);
    c.insert(c.begin(), p.country);
    if (p.IsAdmin1()) {
      story_places.region = p.admin1;
      story_places.region_country = p.country;
      auto& a = story_places.admin1;
      if (std::find(a.begin(), a.end(), p.admin1) == a.end()) a.insert(a.begin(), p.admin1);
    }
  }
  // The dateline's town is where the story's streets and buildings lie.
  if (const int c = DatelineCity(lex, layout.dateline, story_places, region); c >= 0) {
    const lexicon::Place& p = lex.gazetteer.place(c);
    if (!p.IsCountry() && !p.IsAdmin1() && p.feature != "region") story_places.local = c;
  }
  return story_places;
}

}  // namespace

Result<CodedStory> Engine::Code(const Story& story) const {
  const Options& opt = impl_->options;
  const code::Lexicon& lex = impl_->lex;
  if (story.text.size() > opt.max_story_bytes)
    return Status::Error("story is " + std::to_string(story.text.size()) + " bytes, over the limit of " +
                         std::to_string(opt.max_story_bytes));
  if (Status st = text::ValidateUtf8(story.text); !st.ok()) return st;
  resolve::Ymd story_date;
  bool has_date = false;
  if (!story.date.empty()) {
    if (!resolve::ParseYmd(story.date, &story_date)) return Status::Error("invalid story date '" + story.date + "'");
    has_date = true;
  }

  CodedStory out;
  out.id = story.id;
  out.published = story.date;
  out.title = story.title;
  const std::string text = text::Normalize(story.text);
  text::Layout layout = text::SplitStory(text);
  out.dateline = layout.dateline;

  // Pass 1: actors of every sentence (pronouns need the story so far), and the story's countries.
  syntax::StoryContext context;
  {
    std::vector<const std::vector<text::Token>*> sent_tokens;
    for (const auto& sp : layout.sentences) sent_tokens.push_back(&sp.tokens);
    context.CountCues(lex.actors, sent_tokens);
  }
  std::vector<std::vector<syntax::Mention>> mentions(layout.sentences.size());
  std::vector<std::string> countries;
  if (!layout.dateline.empty()) {
    // "IRBIL, Iraq": the part after the comma names a country or region.
    std::vector<text::Token> dt = text::Tokenize(layout.dateline);
    syntax::StoryContext scratch;
    for (const auto& m : syntax::FindMentions(dt, dt.size(), lex.actors, story.date, &scratch))
      if (!m.country.empty() && std::find(countries.begin(), countries.end(), m.country) == countries.end())
        countries.push_back(m.country);
    if (!countries.empty()) context.dateline_country = countries.front();
  }
  for (size_t i = 0; i < layout.sentences.size(); ++i) {
    const auto& sp = layout.sentences[i];
    size_t n = std::min(sp.tokens.size(), opt.max_sentence_tokens);
    context.sentence = static_cast<int>(i);
    context.more_to_come = i + 1 < layout.sentences.size();
    mentions[i] = syntax::FindMentions(sp.tokens, n, lex.actors, story.date, &context);
  }

  // The gazetteer names of each sentence are looked up once, for the story's countries and again for events.
  std::vector<resolve::PlaceCache> place_caches(layout.sentences.size());
  resolve::StoryPlaces story_places = StoryPlacesOf(lex, layout, std::move(countries), mentions, &place_caches);
  std::optional<Location> dateline_place = DatelinePlace(lex, layout.dateline, story_places);

  // Pass 2: events.
  std::optional<Location> paragraph_place;
  code::NarrativeTime narrative;
  int paragraph = -1;
  for (size_t i = 0; i < layout.sentences.size(); ++i) {
    const auto& sp = layout.sentences[i];
    if (sp.paragraph != paragraph) {
      paragraph = sp.paragraph;
      paragraph_place.reset();
    }
    Sentence s;
    s.index = static_cast<int>(i + 1);
    s.text = text.substr(sp.begin, sp.end - sp.begin);
    s.begin = sp.begin;
    out.sentences.push_back(std::move(s));

    code::SentenceJob job;
    job.story_text = text;
    job.span = &sp;
    job.n = std::min(sp.tokens.size(), opt.max_sentence_tokens);
    job.index = static_cast<int>(i + 1);
    job.mentions = &mentions[i];
    job.mentions_to_take = &mentions[i];  // not needed after this sentence: no copy
    job.anonymity_nearby = HasWord(sp, "anonymity") ||
                           (i + 1 < layout.sentences.size() && HasWord(layout.sentences[i + 1], "anonymity"));
    job.story_date = has_date ? &story_date : nullptr;
    job.story_places = &story_places;
    job.place_cache = &place_caches[i];
    job.dateline_place = dateline_place ? &*dateline_place : nullptr;
    job.paragraph_place = &paragraph_place;
    job.narrative = &narrative;
    size_t before = out.events.size();
    code::CodeSentence(lex, job, &out.events);
    for (size_t k = before; k < out.events.size(); ++k) {
      out.events[k].story = story.id;
      out.events[k].published = story.date;
    }
  }
  return out;
}

Result<Annotations> Engine::Annotate(const Story& story) const {
  const code::Lexicon& lex = impl_->lex;
  if (story.text.size() > impl_->options.max_story_bytes) return Status::Error("story is over the size limit");
  if (Status st = text::ValidateUtf8(story.text); !st.ok()) return st;
  resolve::Ymd date;
  bool has_date = !story.date.empty() && resolve::ParseYmd(story.date, &date);
  std::vector<int> origin;
  const std::string text = text::Normalize(story.text, &origin);
  // Code point offset of every byte of the input.
  std::vector<int> cp(story.text.size() + 1, 0);
  for (size_t i = 0, n = 0; i <= story.text.size(); ++i) {
    cp[i] = static_cast<int>(n);
    if (i < story.text.size() && (static_cast<unsigned char>(story.text[i]) & 0xC0) != 0x80) ++n;
  }
  auto at = [&](int norm_byte) { return cp[origin[std::min<size_t>(norm_byte, origin.size() - 1)]]; };
  text::Layout layout = text::SplitStory(text);
  // The story's countries (for place disambiguation), as Code() finds them.
  syntax::StoryContext context;
  std::vector<std::vector<syntax::Mention>> mentions;
  for (const auto& sp : layout.sentences)
    mentions.push_back(syntax::FindMentions(sp.tokens, sp.tokens.size(), lex.actors, story.date, &context));
  resolve::StoryPlaces story_places = StoryPlacesOf(lex, layout, {}, mentions, nullptr);
  Annotations out;
  // The dateline's city ("NEW YORK (AP) — ") is a toponym too, though no sentence holds it, and so is the
  // state or country after its comma ("PEORIA, Ill.").
  if (std::optional<Location> d = DatelinePlace(lex, layout.dateline, story_places)) {
    const std::string city = layout.dateline.substr(0, layout.dateline.find(','));
    const size_t at_byte = std::string_view(text).substr(0, layout.body_begin).find(city);
    if (at_byte != std::string_view::npos) {
      PlaceMention m;
      m.begin = at(static_cast<int>(at_byte));
      m.end = at(static_cast<int>(at_byte + city.size()));
      m.place = *d;
      out.places.push_back(m);
    }
  }
  size_t region_at = 0;
  if (const int r = DatelineRegion(lex, layout.dateline, &region_at); r >= 0) {
    const std::string name = layout.dateline.substr(region_at, layout.dateline.find(',', region_at) - region_at);
    const size_t at_byte = std::string_view(text).substr(0, layout.body_begin).find(name, region_at);
    if (at_byte != std::string_view::npos) {
      PlaceMention m;
      m.begin = at(static_cast<int>(at_byte));
      m.end = at(static_cast<int>(at_byte + name.size()));
      m.place = LocationOf(lex.gazetteer.place(r));
      out.places.push_back(m);
    }
  }
  for (const auto& sp : layout.sentences) {
    const auto& toks = sp.tokens;
    for (const resolve::Timex& t : resolve::FindTimex(toks, toks.size())) {
      bool future = false;
      for (int k = std::max(0, t.first - 4); k < t.first; ++k)
        future = future || toks[k].lower == "will" || toks[k].lower == "'ll";
      future = future || (t.first > 0 && (toks[t.first - 1].lower == "next" || toks[t.first - 1].lower == "coming"));
      TimeMention tm;
      tm.begin = at(t.byte_begin >= 0 ? t.byte_begin : toks[t.first].begin);
      tm.end = at(t.byte_end >= 0 ? t.byte_end : toks[t.last - 1].end);
      tm.value = t.TimexValue(has_date ? &date : nullptr, future);
      std::string ignored;
      if (!t.Resolve(has_date ? &date : nullptr, future, &ignored, &tm.precision)) tm.precision = "vague";
      out.times.push_back(tm);
    }
    for (const resolve::PlaceMention& pm : resolve::FindPlaces(toks, toks.size(), lex.gazetteer, story_places, &lex.actors)) {
      if (pm.place < 0) continue;
      const lexicon::Place& p = lex.gazetteer.place(pm.place);
      PlaceMention m;
      m.begin = at(pm.byte_begin >= 0 ? pm.byte_begin : toks[pm.first].begin);
      m.end = at(pm.byte_end >= 0 ? pm.byte_end : toks[pm.last - 1].end);
      m.place.name = p.name;
      m.place.country = p.country;
      m.place.admin1 = p.admin1;
      m.place.lat = p.lat;
      m.place.lon = p.lon;
      m.place.geonameid = p.geonameid;
      m.place.feature = p.feature;
      out.places.push_back(m);
    }
  }
  return out;
}

}  // namespace dyad
