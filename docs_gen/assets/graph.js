/* The graph page: choose an entity in the list, or arrive with its node in the address
 * (graph/#node-people-to-lam, as entity pages link it), and only that entity, its neighbours and
 * their links stay bright. Runs on every page the theme shows, after instant navigation too
 * (Material's document$), and does nothing on a page without a graph. */
(function () {
  var show = function () {};

  function setUp() {
    var figure = document.querySelector(".dg-graph");
    show = function () {};
    if (!figure) return;
    var svg = figure.querySelector(".dg-graph__svg");
    var select = figure.querySelector("#dg-graph-focus");
    var nodes = Array.prototype.slice.call(svg.querySelectorAll(".dg-graph__node"));
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".dg-graph__edge"));
    var byNumber = {};
    nodes.forEach(function (node) { byNumber[node.getAttribute("data-n")] = node; });

    show = function (id, arriving) {
      var chosen = null;
      nodes.forEach(function (node) {
        node.classList.remove("is-focus", "is-near");
        if (node.id === id) chosen = node;
      });
      edges.forEach(function (edge) { edge.classList.remove("is-near"); });
      svg.classList.toggle("is-focused", chosen !== null);
      select.value = chosen ? chosen.id : "";
      if (!chosen) return;
      // Arriving at a node, the browser puts it at the top edge; centred, its neighbours show too.
      if (arriving) chosen.scrollIntoView({ block: "center", inline: "center" });
      var number = chosen.getAttribute("data-n");
      chosen.classList.add("is-focus");
      chosen.getAttribute("data-near").split(" ").forEach(function (other) {
        if (byNumber[other]) byNumber[other].classList.add("is-near");
      });
      edges.forEach(function (edge) {
        if (edge.getAttribute("data-a") === number || edge.getAttribute("data-b") === number) {
          edge.classList.add("is-near");
        }
      });
    };

    select.addEventListener("change", function () {
      // The address keeps the choice, so it can be shared; replaced, so Back leaves the page.
      history.replaceState(null, "", select.value ? "#" + select.value : location.pathname + location.search);
      show(select.value);
    });
    select.parentNode.hidden = false;
    show(decodeURIComponent(location.hash.slice(1)), true);
  }

  window.addEventListener("hashchange", function () { show(decodeURIComponent(location.hash.slice(1)), true); });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
