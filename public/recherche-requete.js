// The search page opened with a query (?q=…) keeps room for its results before they arrive.
if (new URLSearchParams(location.search).get('q')) document.documentElement.dataset.query = '';
