/* Fold search queries like the index (see lunr.vi.min.js): lower case, no Vietnamese diacritics.
 * Material sends each query to its search worker as {type: 2, data: "query"}; wrapping postMessage
 * folds the query before lunr sees it, whatever part of the page sent it.
 * English stop words are not in the index, so in a query of several words they could only match as
 * prefixes of other words ("to*" -> "together"); folded Vietnamese often produces them ("Tô" -> "to").
 * They are dropped while other words remain. */
(function () {
  var QUERY = 2;
  var STOP = ("a able about across after all almost also am among an and any are as at be because been but by can " +
    "cannot could dear did do does either else ever every for from get got had has have he her hers him his how " +
    "however i if in into is it its just least let like likely may me might most must my neither no nor not of " +
    "off often on only or other our own rather said say says she should since so some than that the their them " +
    "then there these they this tis to too twas us wants was we were what when where which while who whom why " +
    "will with would yet you your").split(" ");
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  };
  var clean = function (query) {
    var folded = fold(query);
    if (/["+\-~^:*]/.test(folded)) return folded;  // leave lunr query syntax alone
    var words = folded.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) { return STOP.indexOf(word) < 0; });
    return (kept.length ? kept : words).join(" ") + (/\s$/.test(folded) ? " " : "");
  };
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: message.type, data: clean(message.data) };
    }
    return post.apply(this, arguments);
  };
})();
