/* docs_gen's search engine, run as a web worker. It answers the theme's search box in the header, in
 * the theme's worker protocol (a setup message, then queries, each answered with its results), and the
 * Search page, in messages of its own (filters, more results), from the chunked Pagefind index: the
 * browser fetches only the pieces of the index that a query needs.
 *
 * Ranking: a page whose title or other name is exactly the query comes first ("to lam" finds the
 * person Tô Lâm, "4 cùng" the glossary entry), then every page by Pagefind's relevance. Pagefind folds
 * diacritics except đ, so a word that starts with d is also looked up with đ ("doi" finds "đội") and
 * the results of every spelling are merged, best score first. */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // the theme's message types
  var PAGE_QUERY = "docs_gen:query", PAGE_RESULT = "docs_gen:result";
  // The theme's worker address loads this file after setting the site's root; the Search page starts it
  // from assets/docs_gen/.
  var ROOT = new URL(self.docsGenRoot || "../../", self.location.href);
  var HEADER_RESULTS = 9;  // with a link to the Search page after them when there are more
  var NAME_CANDIDATES = 5;  // best entries (not articles) whose names are compared with the query
  var MAX_SPELLINGS = 4;
  var ENTRY_KINDS = ["person", "place", "organisation", "document", "term"];
  var KIND_NAMES = { article: "Article", person: "Person", place: "Place", organisation: "Organisation",
                     document: "Document", term: "Glossary term" };
  var LANGUAGE_NAMES = { en: "English", vi: "Tiếng Việt" };
  var NAMES_SEPARATOR = " | ";  // as docs_gen/pagefind.py joins them

  var engine = null;
  var searchPage = "search/";  // the theme's setup message says where it is for this site

  /* Lower case, no diacritics, đ as d, punctuation as spaces: "33-NQ/TW" and "33 nq tw" compare equal. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
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

  /* Pagefind and every part of a large site's index (parts.json lists those beside the first). */
  function load() {
    if (!engine) {
      var parts = fetch(new URL("pagefind/parts.json", ROOT).href)
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; });
      engine = Promise.all([import(new URL("pagefind/pagefind.js", ROOT).href), parts]).then(function (loaded) {
        var pagefind = loaded[0];
        return Promise.all(loaded[1].map(function (part) {
          return pagefind.mergeIndex(new URL(part, ROOT).pathname);
        })).then(function () { return pagefind; });
      });
      engine.catch(function () { engine = null; });  // a later query tries again
    }
    return engine;
  }

  /* One result per page from the searches of every spelling, its best score, best first. */
  function merge(searches) {
    var best = {};
    searches.forEach(function (search) {
      search.results.forEach(function (result) {
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
      Object.keys(search.filters || {}).forEach(function (name) {
        var values = out[name] = out[name] || {};
        Object.keys(search.filters[name]).forEach(function (value) {
          values[value] = Math.min(total, (values[value] || 0) + search.filters[name][value]);
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
      names: [meta.title || ""].concat((meta.names || "").split(NAMES_SEPARATOR)),
      kind: kind, kindName: KIND_NAMES[kind] || kind,
      language: language, languageName: LANGUAGE_NAMES[language] || language,
      excerpt: data.excerpt,  // Pagefind escapes the page's text and adds only <mark>
      marked: Object.keys(marked)
    };
  }

  function isNamed(shown, folded) {
    return shown.names.some(function (name) { return name && fold(name) === folded; });
  }

  /* The results of a query in the order shown: pages named exactly as the query, then the others by
   * score. Returns {results, total, counts, shown(i)}: shown(i) resolves to the i-th page's data. */
  function ranked(query, filters) {
    return load().then(function (pagefind) {
      var forms = spellings(query);
      var options = { filters: filters };
      // Without a kind chosen, a separate search among the entries finds a person or a document
      // named as the query even where hundreds of articles mention it.
      var entriesApart = !filters.kind;
      var entryOptions = { filters: Object.assign({}, filters, { kind: { any: ENTRY_KINDS } }) };
      return Promise.all([
        Promise.all(forms.map(function (form) { return pagefind.search(form, options); })),
        entriesApart ? Promise.all(forms.map(function (form) { return pagefind.search(form, entryOptions); })) : []
      ]);
    }).then(function (done) {
      var all = merge(done[0]);
      var entries = done[1].length ? merge(done[1]) : ENTRY_KINDS.indexOf(filters.kind) >= 0 ? all : [];
      var loaded = {};
      function data(result) {
        if (!loaded[result.id]) loaded[result.id] = result.data().then(page);
        return loaded[result.id];
      }
      var candidates = entries.slice(0, NAME_CANDIDATES).concat(all.slice(0, HEADER_RESULTS));
      var folded = fold(query);
      return Promise.all(candidates.map(data)).then(function (pages) {
        var first = {};
        var exact = [];
        candidates.forEach(function (result, i) {
          if (!first[result.id] && isNamed(pages[i], folded)) {
            first[result.id] = true;
            exact.push(result);
          }
        });
        var order = exact.concat(all.filter(function (result) { return !first[result.id]; }));
        return {
          results: order, total: order.length, counts: counts(done[0], all.length),
          shown: function (i) { return data(order[i]); }
        };
      });
    });
  }

  /* The theme's search box: the best results, then a link to all of them on the Search page. */
  function headerResults(query) {
    if (!query.trim()) return Promise.resolve({ items: [], total: 0 });
    return ranked(query, {}).then(function (found) {
      var shown = found.total > HEADER_RESULTS + 1 ? HEADER_RESULTS : found.total;
      var pending = [];
      for (var i = 0; i < shown; i++) pending.push(found.shown(i));
      return Promise.all(pending).then(function (pages) {
        var items = pages.map(function (shownPage, i) {
          var terms = {};
          shownPage.marked.forEach(function (word) { terms[word] = true; });
          return [{
            location: shownPage.location,
            title: escapeHtml(shownPage.title),
            text: shownPage.excerpt,
            tags: [shownPage.kindName, shownPage.languageName].filter(Boolean).map(escapeHtml),
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
      headerResults(String(message.data || "")).catch(function (error) {
        console.error("Search is unavailable: " + error.message);
        return { items: [], total: 0 };
      }).then(function (data) {
        if (ticket === latestHeaderQuery) self.postMessage({ type: RESULT, data: data });
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
