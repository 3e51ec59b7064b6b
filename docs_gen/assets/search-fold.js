/* Fold search queries like the index (see lunr.vi.min.js): lower case, no Vietnamese diacritics.
 * Material sends each query to its search worker as {type: 2, data: "query"}; wrapping postMessage
 * folds the query before lunr sees it, whatever part of the page sent it. */
(function () {
  var QUERY = 2;
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  };
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: message.type, data: fold(message.data) };
    }
    return post.apply(this, arguments);
  };
})();
