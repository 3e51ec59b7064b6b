/* The Search page: every result of a query, filtered by kind and language, from the same engine as
 * the search box in the header (search-worker.js, run as a web worker). The query and the filters
 * stay in the address (search/?q=…&kind=…&language=…), so a search can be shared. */
(function () {
  var PAGE_SIZE = 10;
  var worker = null;  // one engine per window: instant navigation opens this page without a reload
  var waiting = {};
  var asked = 0;

  function ask(root, message) {
    if (!worker) {
      worker = new Worker(new URL("assets/docs_gen/search-worker.js", new URL(root, location.href)).href);
      worker.addEventListener("message", function (event) {
        var answer = event.data || {};
        if (waiting[answer.id]) {
          waiting[answer.id](answer);
          delete waiting[answer.id];
        }
      });
    }
    message.type = "docs_gen:query";
    message.id = ++asked;
    return new Promise(function (resolve) {
      waiting[message.id] = resolve;
      worker.postMessage(message);
    });
  }

  function item(page, base, highlight) {
    var url = new URL(page.location, base);
    if (highlight && page.marked.length) url.searchParams.set("h", page.marked.join(" "));
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = url.pathname + url.search;
    link.textContent = page.title;
    var about = document.createElement("p");
    about.className = "dg-search__about";
    about.textContent = [page.kindName, page.languageName].filter(Boolean).join(" · ");
    var excerpt = document.createElement("p");
    excerpt.className = "dg-search__excerpt";
    excerpt.innerHTML = page.excerpt;  // Pagefind escapes the page text and adds only <mark>
    li.append(link, about, excerpt);
    return li;
  }

  /* "Person (3)" beside each kind and language, for the query as filtered by the other choice. */
  function showCounts(select, found) {
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.dataset.name) option.dataset.name = option.textContent;
      var count = option.value && found ? found[option.value] || 0 : null;
      option.textContent = option.dataset.name + (count === null ? "" : " (" + count + ")");
    });
  }

  function init() {
    var box = document.querySelector(".dg-search");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var root = box.dataset.root;
    var base = new URL(root, location.href);
    var input = box.querySelector(".dg-search__input");
    var kind = box.querySelector("#dg-search-kind");
    var language = box.querySelector("#dg-search-language");
    var status = box.querySelector(".dg-search__status");
    var list = box.querySelector(".dg-search__results");
    var highlight = /search\.highlight/.test((document.getElementById("__config") || {}).textContent || "");
    var ticket = 0;
    var timer = null;

    function filters() {
      var chosen = {};
      if (kind.value) chosen.kind = kind.value;
      if (language.value) chosen.language = language.value;
      return chosen;
    }

    function remember(query) {
      var url = new URL(location.href);
      url.search = "";
      if (query) url.searchParams.set("q", query);
      if (kind.value) url.searchParams.set("kind", kind.value);
      if (language.value) url.searchParams.set("language", language.value);
      history.replaceState(history.state, "", url.href);
    }

    function show(query, count, current) {
      return ask(root, { query: query, filters: filters(), count: count }).then(function (found) {
        if (current !== ticket) return;
        if (found.error) throw new Error(found.error);
        list.textContent = "";
        found.items.forEach(function (page) { list.append(item(page, base, highlight)); });
        if (found.total > found.items.length) {
          var li = document.createElement("li");
          li.className = "dg-search__more";
          var button = document.createElement("button");
          button.type = "button";
          button.className = "md-button";
          button.textContent = "More results";
          button.addEventListener("click", function () {
            var next = list.children[found.items.length - 1];
            show(query, count + PAGE_SIZE, current).then(function () {
              var link = next && next.nextElementSibling && next.nextElementSibling.querySelector("a");
              if (link) link.focus();  // keyboard readers go on from the first new result
            });
          });
          li.append(button);
          list.append(li);
        }
        showCounts(kind, (found.counts || {}).kind);
        showCounts(language, (found.counts || {}).language);
        status.textContent = found.total
          ? found.total + (found.total === 1 ? " result" : " results")
          : "No results for “" + query + "”";
      });
    }

    function run() {
      var query = input.value.trim();
      var current = ++ticket;
      remember(query);
      if (!query) {
        list.textContent = "";
        status.textContent = "";
        showCounts(kind, null);
        showCounts(language, null);
        return;
      }
      show(query, PAGE_SIZE, current).catch(function (error) {
        status.textContent = "Search is unavailable: " + error.message;
      });
    }

    box.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 100);
    });
    kind.addEventListener("change", run);
    language.addEventListener("change", run);

    // The address's query, set aside by the page before the theme read it (see search.md.j2).
    var address = document.documentElement.getAttribute("data-dg-search");
    document.documentElement.removeAttribute("data-dg-search");
    var params = new URLSearchParams(address || location.search);
    kind.value = params.get("kind") || "";
    language.value = params.get("language") || "";
    if (kind.selectedIndex < 0) kind.value = "";
    if (language.selectedIndex < 0) language.value = "";
    input.value = params.get("q") || "";
    if (input.value) run();
    else ask(root, { query: "", filters: {}, count: 0 });  // fetch the small entry files while the reader types
  }

  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
