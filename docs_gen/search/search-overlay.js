/* Two details of the theme's search box in the header, which docs_gen's worker (search-worker.js) answers:
 * - the theme searches when a key is released; a paste or an autofill changes the box without one, so
 *   an input event stands in for it;
 * - the theme counts the results it lists, and the worker lists the best ones and a link to all of
 *   them: the count says how many there are. */
(function () {
  var input = document.querySelector("input.md-search__input");
  var meta = document.querySelector(".md-search-result__meta");
  var list = document.querySelector(".md-search-result__list");
  if (!input || !meta || !list) return;

  input.addEventListener("input", function (event) {
    if (!event.isComposing) input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });

  var counted = "# matching documents";
  try {
    counted = JSON.parse(document.getElementById("__config").textContent).translations["search.result.other"] || counted;
  } catch (error) { /* the theme's wording in English */ }
  new MutationObserver(function () {
    var all = list.querySelector(".dg-search-all[data-total]");
    var text = all && counted.replace("#", all.getAttribute("data-total"));
    if (text && meta.textContent !== text) meta.textContent = text;
  }).observe(list, { childList: true });
})();
