/* docs_gen's search engine, run as a web worker. It answers the theme's search box in the header, in
 * the theme's worker protocol (a setup message, then queries, each answered with its results), and the
 * Search page, in messages of its own (filters, more results), from the chunked Pagefind index: the
 * browser fetches only the pieces of the index that a query needs.
 *
 * Ranking: a page whose title or other name is exactly the query comes first ("to lam" finds the
 * person Tô Lâm, "4 cùng" the glossary entry), from a table of names beside the index (see
 * docs_gen/search_names.py), then every page by Pagefind's relevance. Pagefind folds diacritics
 * except đ, so a word that starts with d is also looked up with đ ("doi" finds "đội") and the results
 * of every spelling are merged, best score first. */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // the theme's message types
  var PAGE_QUERY = "docs_gen:query", PAGE_RESULT = "docs_gen:result";
  // The theme's worker address loads this file after setting the site's root; the Search page starts it
  // from assets/docs_gen/.
  var ROOT = new URL(self.docsGenRoot || "../../", self.location.href);
  var HEADER_RESULTS = 9;  // with a link to the Search page after them when there are more
  var MAX_SPELLINGS = 4;
  var KIND_NAMES = { article: "Article", person: "Person", place: "Place", organisation: "Organisation",
                     document: "Document", term: "Glossary term" };
  var LANGUAGE_NAMES = { en: "English", vi: "Tiếng Việt" };

  var engine = null;
  var site = null;  // pagefind/search.json: the parts of the index, the files of the table of names
  var nameFiles = {};
  var searchPage = "search/";  // the theme's setup message says where it is for this site

  /* Lower case, no diacritics, đ as d, anything but letters and digits as one space, as
   * docs_gen/search_names.py folds names: "33-NQ/TW" and "33 nq tw" fold alike. */
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  /* 32-bit FNV-1a of the UTF-8 bytes, which chooses the file of the table that holds a name. */
  function nameHash(folded) {
    var value = 0x811c9dc5;
    new TextEncoder().encode(folded).forEach(function (byte) {
      value = Math.imul(value ^ byte, 0x01000193) >>> 0;
    });
    return value;
  }

  /* The Pagefind ids of the pages named exactly as the query. */
  function namedAs(query) {
    var folded = fold(query);
    if (!folded || !site.names) return Promise.resolve([]);
    var file = nameHash(folded) % site.names;
    if (!nameFiles[file]) {
      nameFiles[file] = fetch(new URL("pagefind/names/" + file + ".json", ROOT).href)
        .then(function (response) { return response.ok ? response.json() : {}; })
        .catch(function () { return {}; });
    }
    return nameFiles[file].then(function (names) { return names[folded] || []; });
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* The query with each word that starts with d also written with đ, at most MAX_SPELLINGS in all. */
  function spellings(query) {
    var out = [""];
    query.split(/\s+/).filter(Boolean).forEach(function (word) {
      var forms = /^d/i.test(word) && out.length * 2 <= MAX_SPELLINGS
        ? [word, (word[0] === "D" ? "Đ" : "đ") + word.slice(1)] : [word];
      var next = [];
      out.forEach(function (start) {
        forms.forEach(function (form) { next.push(start ? start + " " + form : form); });
      });
      out = next;
    });
    return out;
  }

  /* Pagefind and every part of a large site's index (search.json lists those beside the first). */
  function load() {
    if (!engine) {
      var described = fetch(new URL("pagefind/search.json", ROOT).href)
        .then(function (response) { return response.ok ? response.json() : {}; })
        .catch(function () { return {}; });
      engine = Promise.all([import(new URL("pagefind/pagefind.js", ROOT).href), described]).then(function (loaded) {
        var pagefind = loaded[0];
        site = loaded[1];
        return Promise.all((site.parts || []).map(function (part) {
          return pagefind.mergeIndex(new URL(part, ROOT).pathname);
        })).then(function () { return pagefind; });
      });
      engine.catch(function () { engine = null; });  // a later query tries again
    }
    return engine;
  }

  /* Pages that an overlay of the index replaced or that are gone (search.json's "stale": their ids,
   * with kind and language), left out of the results and of the counts. */
  function stale(id) {
    return Boolean(site && site.stale && Object.prototype.hasOwnProperty.call(site.stale, id));
  }

  /* One result per page from the searches of every spelling, its best score, best first. */
  function merge(searches) {
    var best = {};
    searches.forEach(function (search) {
      search.results.forEach(function (result) {
        if (stale(result.id)) return;
        if (!best[result.id] || best[result.id].score < result.score) best[result.id] = result;
      });
    });
    return Object.keys(best).map(function (id) { return best[id]; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  /* Result counts per filter value; spellings rarely find the same page, so their counts add up. */
  function counts(searches, total) {
    var out = {};
    searches.forEach(function (search) {
      var left = {};  // the stale results of this search, by filter and value
      search.results.forEach(function (result) {
        if (!stale(result.id)) return;
        var facets = { kind: site.stale[result.id][0], language: site.stale[result.id][1] };
        Object.keys(facets).forEach(function (name) {
          left[name] = left[name] || {};
          left[name][facets[name]] = (left[name][facets[name]] || 0) + 1;
        });
      });
      Object.keys(search.filters || {}).forEach(function (name) {
        var values = out[name] = out[name] || {};
        Object.keys(search.filters[name]).forEach(function (value) {
          var found = Math.max(0, search.filters[name][value] - ((left[name] || {})[value] || 0));
          values[value] = Math.min(total, (values[value] || 0) + found);
        });
      });
    });
    return out;
  }

  /* A page as the search shows it, from Pagefind's data of a result. */
  function page(data) {
    var meta = data.meta || {};
    var filters = data.filters || {};
    var kind = (filters.kind || [])[0] || "";
    var language = (filters.language || [])[0] || "";
    var marked = {};
    // The words found, as the page writes them: the theme highlights these on the page opened.
    (data.excerpt.match(/<mark>[^<]*<\/mark>/g) || []).forEach(function (mark) {
      mark.slice(6, -7).split(/\s+/).forEach(function (word) {
        word = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
        if (word) marked[word] = true;
      });
    });
    return {
      location: data.raw_url.replace(/^\//, ""),  // relative to the site's root
      title: meta.title || data.raw_url,
      kind: kind, kindName: KIND_NAMES[kind] || kind,
      language: language, languageName: LANGUAGE_NAMES[language] || language,
      excerpt: data.excerpt,  // Pagefind escapes the page's text and adds only <mark>
      marked: Object.keys(marked)
    };
  }

  /* The results of a query in the order shown: pages named exactly as the query, then the others by
   * score. Returns {results, total, counts, shown(i)}: shown(i) resolves to the i-th page's data. */
  function ranked(query, filters) {
    return load().then(function (pagefind) {
      return Promise.all([namedAs(query)].concat(spellings(query).map(function (form) {
        return pagefind.search(form, { filters: filters });
      })));
    }).then(function (done) {
      var named = {};
      done[0].forEach(function (id) { named[id] = true; });
      var searches = done.slice(1);
      var all = merge(searches);
      var order = all.filter(function (result) { return named[result.id]; })
        .concat(all.filter(function (result) { return !named[result.id]; }));
      var loaded = {};
      return {
        results: order, total: order.length, counts: counts(searches, all.length),
        shown: function (i) {
          if (!loaded[i]) loaded[i] = order[i].data().then(page);
          return loaded[i];
        }
      };
    });
  }

  /* The theme's search box: the best results, then a link to all of them on the Search page. The
   * theme asks at every key released; `wanted()` says whether this query is still the last one, so a
   * query typed over loads no snippets (resolves to null). */
  function headerResults(query, wanted) {
    if (!query.trim()) return Promise.resolve({ items: [], total: 0 });
    return ranked(query, {}).then(function (found) {
      if (!wanted()) return null;
      var shown = found.total > HEADER_RESULTS + 1 ? HEADER_RESULTS : found.total;
      var pending = [];
      for (var i = 0; i < shown; i++) pending.push(found.shown(i));
      return Promise.all(pending).then(function (pages) {
        var items = pages.map(function (shownPage, i) {
          var terms = {};
          shownPage.marked.forEach(function (word) { terms[word] = true; });
          // Kind and language as a line of text: the theme would list tags in a navigation landmark per result.
          var about = [shownPage.kindName, shownPage.languageName].filter(Boolean).map(escapeHtml).join(" · ");
          return [{
            location: shownPage.location,
            title: escapeHtml(shownPage.title),
            text: '<p class="dg-search-about">' + about + "</p><p>" + shownPage.excerpt + "</p>",
            score: shown - i,  // the theme opens the best score on Enter: the first shown
            terms: terms
          }];
        });
        if (found.total > shown) {
          items.push([{
            location: searchPage + "?q=" + encodeURIComponent(query),
            title: '<span class="dg-search-all" data-total="' + found.total + '">All ' + found.total +
              " results</span>",
            text: "<p>On the Search page, with filters by kind and language.</p>",
            score: 0,
            terms: {}
          }]);
        }
        return { items: items, total: found.total };
      });
    });
  }

  /* The Search page: `count` results from the first, with the counts per kind and language (for
   * which Pagefind first loads the filter index, which the header's box does without). */
  var lastPageSearch = null;
  var filtersLoaded = null;
  function pageResults(request) {
    if (!filtersLoaded) {
      filtersLoaded = load().then(function (pagefind) { return pagefind.filters(); });
      filtersLoaded.catch(function () { filtersLoaded = null; });  // a later query tries again
    }
    if (!String(request.query || "").trim()) {
      return filtersLoaded.then(function () { return { total: 0, counts: {}, items: [] }; });
    }
    var key = JSON.stringify([request.query, request.filters]);
    if (!lastPageSearch || lastPageSearch.key !== key) {
      var filters = request.filters || {};
      lastPageSearch = { key: key, found: filtersLoaded.then(function () { return ranked(request.query, filters); }) };
    }
    return lastPageSearch.found.then(function (found) {
      var pending = [];
      for (var i = 0; i < Math.min(request.count, found.total); i++) pending.push(found.shown(i));
      return Promise.all(pending).then(function (pages) {
        return { total: found.total, counts: found.counts, items: pages };
      });
    });
  }

  var latestHeaderQuery = 0;
  self.addEventListener("message", function (event) {
    var message = event.data || {};
    if (message.type === SETUP) {
      var config = (message.data && message.data.config) || {};
      if (config.docs_gen && config.docs_gen.search_page) searchPage = config.docs_gen.search_page;
      load().catch(function () {});  // fetch the small entry files while the reader types
      self.postMessage({ type: READY });
    } else if (message.type === QUERY) {
      var ticket = ++latestHeaderQuery;
      var wanted = function () { return ticket === latestHeaderQuery; };
      headerResults(String(message.data || ""), wanted).catch(function (error) {
        console.error("Search is unavailable: " + error.message);
        return { items: [], total: 0 };
      }).then(function (data) {
        if (data && wanted()) self.postMessage({ type: RESULT, data: data });
      });
    } else if (message.type === PAGE_QUERY) {
      pageResults(message).then(function (data) {
        self.postMessage(Object.assign({ type: PAGE_RESULT, id: message.id }, data));
      }, function (error) {
        self.postMessage({ type: PAGE_RESULT, id: message.id, error: error.message });
      });
    }
  });
})();
