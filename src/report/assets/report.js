// report.html: embedded at build time (cmake/EmbedText.cmake). Renders the
// cluster browser from the JSON data element #lm-data and turns the gap
// lists into tabs. This file must not contain an HTML comment opener or a
// script tag, not even in a comment: it sits inside a script element. All ladder text goes into the page through textContent or
// text nodes, never as HTML. Marks <html data-rendered="true"> when done.
(function () {
  'use strict';

  var PAGE_SIZE = 60;
  var LINK_NAMES = ['canonical', 'same', 'broader', 'narrower'];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Evidence terms may be stems ("mentor") or phrases ("on-call"): match each
  // at the start of a word and extend the match to the end of that word.
  var regexCache = new Map();
  function termRegExp(terms) {
    var key = terms.join('\u0001');
    if (regexCache.has(key)) return regexCache.get(key);
    var parts = terms
      .map(function (t) { return String(t).trim(); })
      .filter(function (t) { return t.length > 1; })
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (t) { return escapeRegExp(t).replace(/\s+/g, '\\s+'); });
    var re = parts.length
      ? new RegExp('(?<![\\p{L}\\p{N}])(?:' + parts.join('|') + ')[\\p{L}\\p{N}]*', 'giu')
      : null;
    regexCache.set(key, re);
    return re;
  }

  // `text` as text nodes, with the words that match `terms` in <mark>.
  function highlighted(text, terms) {
    var fragment = document.createDocumentFragment();
    var re = terms.length ? termRegExp(terms) : null;
    var last = 0;
    if (re) {
      re.lastIndex = 0;
      var match;
      while ((match = re.exec(text)) !== null) {
        if (match[0].length === 0) { re.lastIndex++; continue; }
        if (match.index > last) {
          fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
        }
        fragment.appendChild(el('mark', null, match[0]));
        last = match.index + match[0].length;
      }
    }
    if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function setUpTabs() {
    var lists = document.querySelectorAll('[data-tabs]');
    Array.prototype.forEach.call(lists, function (list) {
      var buttons = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
      function select(index, focus) {
        buttons.forEach(function (button, i) {
          var panel = document.getElementById(button.getAttribute('aria-controls'));
          button.setAttribute('aria-selected', i === index ? 'true' : 'false');
          button.tabIndex = i === index ? 0 : -1;
          if (panel) panel.hidden = i !== index;
        });
        if (focus) buttons[index].focus();
      }
      buttons.forEach(function (button, i) {
        button.addEventListener('click', function () { select(i, false); });
        button.addEventListener('keydown', function (event) {
          var next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : null;
          if (next === null) return;
          event.preventDefault();
          select((next + buttons.length) % buttons.length, true);
        });
      });
      list.hidden = false;
      if (buttons.length) select(0, false);
    });
  }

  function ClusterBrowser(data, root) {
    this.data = data;
    this.root = root;
    this.state = { query: '', area: '', ladder: '', scope: 'all', shown: PAGE_SIZE };
    this.search = data.clusters.map(function (cluster) {
      var parts = [cluster.id, cluster.text];
      cluster.members.forEach(function (m) {
        var s = data.statements[m[0]];
        parts.push(s[4], s[7], data.ladders[s[0]], s[2], s[3]);
      });
      return fold(parts.join(' \u0001 '));
    });
  }

  ClusterBrowser.prototype.matches = function (cluster, index) {
    var st = this.state;
    if (st.area !== '' && String(cluster.area) !== st.area) return false;
    if (st.ladder !== '' && cluster.ladders.indexOf(Number(st.ladder)) < 0) return false;
    if (st.scope === 'shared' && cluster.ladders.length < 2) return false;
    if (st.scope === 'single' && cluster.ladders.length !== 1) return false;
    if (st.query) {
      if (/^c\d+$/.test(st.query)) return cluster.id === st.query;
      return this.search[index].indexOf(st.query) >= 0;
    }
    return true;
  };

  // One member's box; `alone` leaves out the text, which the card's canonical
  // wording already shows.
  ClusterBrowser.prototype.member = function (m, canonicalTerms, alone) {
    var data = this.data;
    var s = data.statements[m[0]];
    var box = el('div', 'member ladder-' + s[0]);
    var who = el('div', 'who');
    var name = el('span', 'ladder-name');
    name.appendChild(el('span', 'swatch'));
    name.appendChild(document.createTextNode(data.ladders[s[0]]));
    who.appendChild(name);
    var link = LINK_NAMES[m[1]] || 'same';
    var badge = el('span', 'link-badge', link === 'canonical' ? 'canonical wording' : link + ' \u00b7 ' + m[2].toFixed(2));
    badge.title = link === 'canonical'
      ? 'The wording chosen to represent this cluster'
      : 'Link to the canonical wording: ' + link + ', similarity ' + m[2].toFixed(2);
    who.appendChild(badge);
    box.appendChild(who);
    if (!alone) {
      var text = el('div', 'text');
      text.appendChild(highlighted(s[4], m[1] === 0 ? canonicalTerms : m[3]));
      box.appendChild(text);
    }
    var place = [s[1], s[2], s[3]].filter(Boolean).join(' \u00b7 ');
    if (place) box.appendChild(el('div', 'where', place));
    box.appendChild(el('div', 'where mono', s[5] + ':' + s[6] + '  (' + s[7] + ')'));
    return box;
  };

  ClusterBrowser.prototype.card = function (cluster) {
    var data = this.data;
    var card = el('article', 'cluster-card');
    card.id = 'cluster-' + cluster.id;
    card.setAttribute('data-cluster', cluster.id);
    var head = el('div', 'card-head');
    head.appendChild(el('span', 'cid', cluster.id));
    head.appendChild(el('span', 'pill', data.areas[cluster.area] || 'Other'));
    if (cluster.ladders.length > 1) {
      head.appendChild(el('span', 'pill shared', 'shared by ' + cluster.ladders.length + ' ladders'));
    } else {
      head.appendChild(el('span', 'pill only', 'only in ' + data.ladders[cluster.ladders[0]]));
    }
    if (cluster.members.length > 1) {
      head.appendChild(el('span', 'pill', 'cohesion ' + cluster.cohesion.toFixed(2)));
    }
    if (cluster.pinned) head.appendChild(el('span', 'pill', 'wording pinned by a decision'));
    card.appendChild(head);
    var terms = [];
    cluster.members.forEach(function (m) {
      m[3].forEach(function (t) { if (terms.indexOf(t) < 0) terms.push(t); });
    });
    var canonical = el('p', 'canonical');
    canonical.appendChild(highlighted(cluster.text, terms));
    card.appendChild(canonical);
    var members = el('div', 'members');
    var self = this;
    var alone = cluster.members.length === 1 && !cluster.pinned;
    cluster.members.forEach(function (m) { members.appendChild(self.member(m, terms, alone)); });
    card.appendChild(members);
    if (terms.length) card.appendChild(el('div', 'evidence', 'Matched on: ' + terms.join(', ')));
    return card;
  };

  ClusterBrowser.prototype.render = function () {
    var self = this;
    var matching = [];
    this.data.clusters.forEach(function (cluster, i) {
      if (self.matches(cluster, i)) matching.push(cluster);
    });
    var shown = matching.slice(0, this.state.shown);
    var list = this.root.querySelector('.cluster-list');
    list.replaceChildren.apply(list, shown.map(function (c) { return self.card(c); }));
    var total = this.data.clusters.length;
    this.root.querySelector('.result-count').textContent = matching.length === total
      ? 'Showing ' + shown.length + ' of ' + total + ' clusters'
      : 'Showing ' + shown.length + ' of ' + matching.length + ' matching clusters (' + total + ' in all)';
    var more = this.root.querySelector('button.more');
    more.hidden = matching.length <= shown.length;
    more.textContent = 'Show ' + Math.min(PAGE_SIZE, matching.length - shown.length) + ' more';
    this.root.setAttribute('data-shown', String(shown.length));
    this.root.setAttribute('data-matching', String(matching.length));
  };

  ClusterBrowser.prototype.fillSelect = function (select, names) {
    names.forEach(function (name, i) {
      var option = el('option', null, name);
      option.value = String(i);
      select.appendChild(option);
    });
  };

  // The filters live in the URL fragment ("#clusters:q=mentor&scope=single",
  // also area=<index> and ladder=<index>), so that a filtered view can be
  // bookmarked or shared.
  var HASH_PREFIX = '#clusters:';

  function filtersFromHash() {
    if (location.hash.indexOf(HASH_PREFIX) !== 0) return null;
    return new URLSearchParams(location.hash.slice(HASH_PREFIX.length));
  }

  function filtersToHash(params) {
    var text = params.toString();
    var hash = text ? HASH_PREFIX + text : '';
    if (!hash && location.hash.indexOf(HASH_PREFIX) !== 0) return;
    try {
      history.replaceState(null, '', hash || location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse history changes on file: pages; filters still work.
    }
  }

  ClusterBrowser.prototype.bind = function () {
    var self = this;
    var root = this.root;
    var query = root.querySelector('#cluster-search');
    var area = root.querySelector('#cluster-area');
    var ladder = root.querySelector('#cluster-ladder');
    var scope = root.querySelector('#cluster-scope');
    this.fillSelect(area, this.data.areas);
    this.fillSelect(ladder, this.data.ladders);
    var initial = filtersFromHash();
    if (initial) {
      query.value = initial.get('q') || '';
      area.value = initial.get('area') || '';
      ladder.value = initial.get('ladder') || '';
      scope.value = initial.get('scope') || 'all';
      if (scope.value === '') scope.value = 'all';
    }
    function apply() {
      self.state.query = fold(query.value.trim());
      self.state.area = area.value;
      self.state.ladder = ladder.value;
      self.state.scope = scope.value;
      self.state.shown = PAGE_SIZE;
      self.render();
    }
    function update() {
      apply();
      var params = new URLSearchParams();
      if (query.value.trim()) params.set('q', query.value.trim());
      if (area.value) params.set('area', area.value);
      if (ladder.value) params.set('ladder', ladder.value);
      if (scope.value !== 'all') params.set('scope', scope.value);
      filtersToHash(params);
    }
    var timer = null;
    query.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
    [area, ladder, scope].forEach(function (select) { select.addEventListener('change', update); });
    root.querySelector('button.more').addEventListener('click', function () {
      self.state.shown += PAGE_SIZE;
      self.render();
    });
    document.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('a[data-show-cluster]') : null;
      if (!target) return;
      event.preventDefault();
      query.value = target.getAttribute('data-show-cluster');
      area.value = ladder.value = '';
      scope.value = 'all';
      update();
      root.scrollIntoView();
    });
    apply();
    if (initial) root.scrollIntoView();
  };

  function main() {
    setUpTabs();
    var blob = document.getElementById('lm-data');
    var root = document.getElementById('cluster-browser');
    if (blob && root) {
      var browser = new ClusterBrowser(JSON.parse(blob.textContent), root);
      root.querySelector('.filters').hidden = false;
      browser.bind();
    }
    document.documentElement.setAttribute('data-rendered', 'true');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', main);
  } else {
    main();
  }
})();
