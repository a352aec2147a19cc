/*
 * role-compare: the filter of the index page, the site's only script. Pages work without it; it
 * shows the filter box and, as one types, the roles whose title contains what was typed (ignoring
 * case and accents). A small run lists its roles on the page and the filter hides the others; a big
 * run's index names a data file (data-source) that the filter loads with a script element the first
 * time it is used, as browsers refuse fetch() of a local file.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 200;

  var box = document.getElementById('filter-box');
  var input = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  if (!box || !input || !status) {
    return;
  }
  box.hidden = false;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function plural(n, noun) {
    return n.toLocaleString('en-US') + ' ' + noun + (n === 1 ? '' : 's');
  }

  /** "1 role matches", "12 roles match". */
  function matching(n) {
    return plural(n, 'role') + (n === 1 ? ' matches' : ' match');
  }

  var source = input.getAttribute('data-source');
  if (source) {
    filterLoadedList(source);
  } else {
    filterListOnPage();
  }

  function filterListOnPage() {
    var items = Array.prototype.slice.call(document.querySelectorAll('#role-list li'));
    var groups = Array.prototype.slice.call(document.querySelectorAll('#role-list .letter-group'));
    var titles = items.map(function (item) {
      var link = item.querySelector('a');
      return fold(link ? link.textContent : item.textContent);
    });
    input.addEventListener('input', function () {
      var query = fold(input.value.trim());
      var shown = 0;
      items.forEach(function (item, i) {
        var match = query === '' || titles[i].indexOf(query) >= 0;
        item.hidden = !match;
        if (match) {
          shown++;
        }
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelector('li:not([hidden])') === null;
      });
      status.textContent = query === '' ? '' : shown.toLocaleString('en-US') + ' of ' + plural(items.length, 'role')
        + (shown === 1 ? ' matches.' : ' match.');
    });
  }

  function filterLoadedList(src) {
    var results = document.getElementById('filter-results');
    var roles = null;
    var loading = false;

    window.roleCompareRoles = function (data) {
      roles = data.map(function (row) {
        return { title: row[0], id: row[1], comparisons: row[2], key: fold(row[0]) };
      });
      show();
    };

    function load() {
      loading = true;
      status.textContent = 'Loading the list of roles\u2026';
      var script = document.createElement('script');
      script.src = src;
      script.onerror = function () {
        status.textContent = 'The list of roles could not be loaded; use the letters above.';
      };
      document.head.appendChild(script);
    }

    function show() {
      var query = fold(input.value.trim());
      while (results.firstChild) {
        results.removeChild(results.firstChild);
      }
      if (query === '') {
        status.textContent = '';
        return;
      }
      var matches = 0;
      roles.forEach(function (role) {
        if (role.key.indexOf(query) < 0) {
          return;
        }
        matches++;
        if (matches > MAX_RESULTS) {
          return;
        }
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = 'roles/' + role.id + '.html';
        link.textContent = role.title;
        var count = document.createElement('span');
        count.className = 'count';
        count.textContent = role.comparisons === 0 ? 'no comparisons' : plural(role.comparisons, 'comparison');
        item.appendChild(link);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(count);
        results.appendChild(item);
      });
      status.textContent = matching(matches) + (matches > MAX_RESULTS ? '; the first ' + MAX_RESULTS + ' are shown.' : '.');
    }

    input.addEventListener('input', function () {
      if (roles !== null) {
        show();
      } else if (!loading) {
        load();
      }
    });
  }
}());
