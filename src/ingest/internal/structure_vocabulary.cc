#include "ingest/internal/structure_vocabulary.h"

#include <algorithm>
#include <initializer_list>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace laddermerge::internal {
namespace {

void Add(KeyRole role, std::initializer_list<const char*> keys, Vocabulary* v) {
  for (const char* key : keys) v->roles[key] = role;
}

// Keys that say what a record is or where it belongs.
void AddFieldRoles(Vocabulary* v) {
  Add(KeyRole::kIdentifier,
      {"id",       "ids",       "uuid",      "key",     "slug",  "path",
       "url",      "urls",      "uri",       "href",    "link",  "links",
       "ref",      "schema",    "icon",      "emoji",   "image", "img",
       "color",    "colour",    "order",     "index",   "sort",  "weight",
       "points",   "minpoints", "maxpoints", "version", "type",  "style",
       "required", "optional"},
      v);
  Add(KeyRole::kCompany,
      {"company", "companyname", "organisation", "organization", "org"}, v);
  Add(KeyRole::kLevelField,
      {"level", "grade", "band", "rung", "milestone", "seniority", "tier",
       "levelid", "levelname"},
      v);
  Add(KeyRole::kTrackField, {"track", "trackname", "trackid"}, v);
  Add(KeyRole::kSectionField,
      {"theme", "competency", "area", "dimension", "pillar", "topic", "axis",
       "attribute", "section", "focusarea", "competencyarea"},
      v);
}

// Keys whose values hold levels, tracks, sections or text.
void AddContentRoles(Vocabulary* v) {
  Add(KeyRole::kLevelContainer,
      {"levels", "grades", "bands", "rungs", "milestones", "seniorities",
       "tiers", "stages", "steps"},
      v);
  Add(KeyRole::kTrackContainer,
      {"tracks", "ladders", "careertracks", "careerpaths"}, v);
  Add(KeyRole::kSectionContainer,
      {"competencies", "topics", "themes", "areas", "dimensions", "pillars",
       "axes", "attributes", "categories", "sections", "groups", "disciplines",
       "domains", "focusareas", "competencyareas"},
      v);
  Add(KeyRole::kStatements,
      {"criteria", "expectations", "behaviours", "behaviors", "signals",
       "responsibilities", "skills", "statements", "outcomes", "indicators",
       "requirements", "duties", "capabilities", "abilities", "descriptors",
       "traits", "bullets", "checklist"},
      v);
  Add(KeyRole::kExamples, {"examples", "example"}, v);
  Add(KeyRole::kDescription,
      {"summary", "description", "desc", "text", "details", "detail",
       "overview", "statement", "expectation", "criterion", "body",
       "definition"},
      v);
  Add(KeyRole::kTransparent,
      {"content", "contents", "items", "entries", "data", "children", "values",
       "list"},
      v);
}

Vocabulary MakeDefault() {
  Vocabulary v;
  v.names = {"title", "displayname", "label", "name", "heading", "caption"};
  AddFieldRoles(&v);
  AddContentRoles(&v);
  v.identifier_suffixes = {"Id",   "_id",  "-id",   "ID",   "Ids",   "Url",
                           "Urls", "_url", "URL",   "Link", "Links", "_link",
                           "Href", "Path", "_path", "Slug", "Uuid"};
  return v;
}

}  // namespace

std::string NormalizeKey(absl::string_view key) {
  std::string out;
  for (char c : key) {
    if (absl::ascii_isalnum(c)) out.push_back(absl::ascii_tolower(c));
  }
  return out;
}

KeyRole Vocabulary::Classify(absl::string_view key) const {
  const std::string normalized = NormalizeKey(key);
  if (NameRank(key) >= 0) return KeyRole::kName;
  if (const auto it = roles.find(normalized); it != roles.end()) {
    return it->second;
  }
  if (!key.empty() && key[0] == '$') return KeyRole::kIdentifier;
  for (const std::string& suffix : identifier_suffixes) {
    if (key.size() > suffix.size() && absl::EndsWith(key, suffix)) {
      return KeyRole::kIdentifier;
    }
  }
  return KeyRole::kUnknown;
}

int Vocabulary::NameRank(absl::string_view key) const {
  const auto it = std::find(names.begin(), names.end(), NormalizeKey(key));
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

const Vocabulary& DefaultVocabulary() {
  static const Vocabulary* const kVocabulary = new Vocabulary(MakeDefault());
  return *kVocabulary;
}

}  // namespace laddermerge::internal
