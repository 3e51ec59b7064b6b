/* Under `mkdocs serve` (whose live-reload script defines `livereload`), a rebuild that failed leaves
   serve-error.json beside this script, and the pages of the last good build are served: say so. */
(function () {
  var here = document.currentScript && document.currentScript.src;
  window.addEventListener("load", function () {
    if (typeof livereload !== "function" || !here) return;
    fetch(new URL("serve-error.json", here), {cache: "no-store"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (error) {
        if (!error) return;
        var note = document.createElement("div");
        note.className = "dg-serve-error";
        note.setAttribute("role", "alert");
        note.textContent = "The last rebuild failed: " + error.message +
          ". These are the pages of the last good build; fix the file and save to rebuild.";
        document.body.insertBefore(note, document.body.firstChild);
      })
      .catch(function () {});
  });
})();
