#pragma once
// Article metadata from JSON-LD (<script type="application/ld+json">), as
// news sites publish it for search engines: a top-level object, an array of
// objects, or objects in "@graph".

#include <string>
#include <vector>

namespace verify::article {

struct JsonLdArticle {
  std::string headline;
  std::string author;     // the first author's name
  std::string published;  // datePublished, as written
  std::string modified;   // dateModified, as written
};

// Reads the first object of an article type (NewsArticle, Article,
// BlogPosting, …; a WebPage only when there is none) that has each field.
// Scripts that are not valid JSON are ignored.
JsonLdArticle read_json_ld(const std::vector<std::string>& scripts);

}  // namespace verify::article
