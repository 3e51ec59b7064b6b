/* The search page of `search: pagefind`. Pagefind fetches only the parts of its chunked index that a
 * query needs. It folds diacritics except đ, so a word that starts with d is also looked up with đ
 * ("doi" finds "đội") and the results of every spelling are merged, best score first. */
(function () {
  var MAX_SPELLINGS = 8;
  var PAGE_SIZE = 10;
  var engine = null;

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

  // A large site's index is in parts (see parts.json); the first loads the others into one search.
  function load(root) {
    if (!engine) {
      var base = new URL(root, location.href);
      var parts = fetch(new URL("pagefind/parts.json", base).href)
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; });
      engine = Promise.all([import(new URL("pagefind/pagefind.js", base).href), parts]).then(function (loaded) {
        var pagefind = loaded[0];
        return pagefind.options({ baseUrl: base.pathname }).then(function () {
          return Promise.all(loaded[1].map(function (part) {
            return pagefind.mergeIndex(new URL(part, base).pathname, { baseUrl: base.pathname });
          }));
        }).then(function () { return pagefind; });
      });
    }
    return engine;
  }

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

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    var excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt;  // Pagefind escapes the page text and adds only <mark>
    li.append(link, excerpt);
    return li;
  }

  function init() {
    var box = document.querySelector(".dg-search");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var input = box.querySelector("input");
    var status = box.querySelector(".dg-search__status");
    var list = box.querySelector(".dg-search__results");
    var ticket = 0;
    var timer = null;

    function showMore(results, shown, current) {
      var batch = results.slice(shown, shown + PAGE_SIZE);
      return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
        if (current !== ticket) return;
        var more = list.querySelector(".dg-search__more");
        if (more) more.remove();
        pages.forEach(function (page) { list.append(item(page)); });
        if (shown + PAGE_SIZE < results.length) {
          var li = document.createElement("li");
          li.className = "dg-search__more";
          var button = document.createElement("button");
          button.type = "button";
          button.className = "md-button";
          button.textContent = "More results";
          button.addEventListener("click", function () { showMore(results, shown + PAGE_SIZE, current); });
          li.append(button);
          list.append(li);
        }
      });
    }

    function run() {
      var query = input.value.trim();
      var current = ++ticket;
      history.replaceState(history.state, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
      if (!query) {
        list.textContent = "";
        status.textContent = "";
        return;
      }
      load(box.dataset.root).then(function (pagefind) {
        return Promise.all(spellings(query).map(function (q) { return pagefind.search(q); }));
      }).then(function (searches) {
        if (current !== ticket) return;
        var results = merge(searches);
        list.textContent = "";
        return showMore(results, 0, current).then(function () {
          if (current !== ticket) return;
          status.textContent = results.length
            ? results.length + (results.length === 1 ? " result" : " results")
            : "No results for “" + query + "”";
        });
      }).catch(function (error) {
        status.textContent = "Search is unavailable: " + error.message;
      });
    }

    box.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 100);
    });
    var query = new URLSearchParams(location.search).get("q");
    if (query) {
      input.value = query;
      run();
    } else {
      load(box.dataset.root);  // fetch the small entry files while the reader types
    }
  }

  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
