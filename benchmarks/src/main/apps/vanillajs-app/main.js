// The js-framework-benchmark table app in plain JavaScript, written for backbone-java's benchmarks as the
// baseline: no library, one array of rows that own their <tr>, and the fewest DOM operations each button
// needs (keyed: a row's element stays with its data when rows move). Minified by terser at build time.
(function () {
  'use strict';

  var ADJECTIVES = ['pretty', 'large', 'big', 'small', 'tall', 'short', 'long', 'handsome', 'plain', 'quaint',
    'clean', 'elegant', 'easy', 'angry', 'crazy', 'helpful', 'mushy', 'odd', 'unsightly', 'adorable', 'important',
    'inexpensive', 'cheap', 'expensive', 'fancy'];
  var COLOURS = ['red', 'yellow', 'blue', 'green', 'pink', 'brown', 'purple', 'brown', 'white', 'black', 'orange'];
  var NOUNS = ['table', 'chair', 'house', 'bbq', 'desk', 'car', 'pony', 'cookie', 'sandwich', 'burger', 'pizza',
    'mouse', 'keyboard'];

  var nextId = 1;

  // The benchmark's word picker: a random number in 0..1000, modulo the list's length.
  function pick(words) {
    return words[Math.round(Math.random() * 1000) % words.length];
  }

  function buildData(count) {
    var data = new Array(count);
    for (var i = 0; i < count; i++) {
      data[i] = {id: nextId++, label: pick(ADJECTIVES) + ' ' + pick(COLOURS) + ' ' + pick(NOUNS)};
    }
    return data;
  }

  // One parsed row, cloned for every new row: cheaper than building four cells by hand each time.
  var prototypeRow = document.createElement('tr');
  prototypeRow.innerHTML = '<td class="col-md-1"></td><td class="col-md-4"><a class="lbl"></a></td>'
    + '<td class="col-md-1"><a class="remove"><span class="glyphicon glyphicon-remove" aria-hidden="true">'
    + '</span></a></td><td class="col-md-6"></td>';

  var tbody = document.getElementById('tbody');
  var rows = [];
  var selected = null;

  function Row(item) {
    var tr = prototypeRow.cloneNode(true);
    var idCell = tr.firstChild;
    this.id = item.id;
    this.label = item.label;
    this.tr = tr;
    this.link = idCell.nextSibling.firstChild;
    idCell.textContent = item.id;
    this.link.textContent = item.label;
    tr.row = this;
  }

  function append(data) {
    for (var i = 0; i < data.length; i++) {
      var row = new Row(data[i]);
      rows.push(row);
      tbody.appendChild(row.tr);
    }
  }

  function clear() {
    tbody.textContent = '';
    rows = [];
    selected = null;
  }

  function select(row) {
    if (selected !== null) {
      selected.tr.className = '';
    }
    selected = row;
    row.tr.className = 'danger';
  }

  function remove(row) {
    rows.splice(rows.indexOf(row), 1);
    row.tr.remove();
    if (selected === row) {
      selected = null;
    }
  }

  var buttons = {
    run: function () {
      clear();
      append(buildData(1000));
    },
    runlots: function () {
      clear();
      append(buildData(10000));
    },
    add: function () {
      append(buildData(1000));
    },
    update: function () {
      for (var i = 0; i < rows.length; i += 10) {
        var row = rows[i];
        row.label += ' !!!';
        row.link.textContent = row.label;
      }
    },
    clear: clear,
    swaprows: function () {
      if (rows.length > 998) {
        var a = rows[1];
        var b = rows[998];
        var afterB = b.tr.nextSibling;
        tbody.insertBefore(b.tr, a.tr);
        tbody.insertBefore(a.tr, afterB);
        rows[1] = b;
        rows[998] = a;
      }
    }
  };

  document.getElementById('main').addEventListener('click', function (event) {
    var target = event.target;
    if (target.id && buttons.hasOwnProperty(target.id)) {
      event.preventDefault();
      buttons[target.id]();
      return;
    }
    var link = target.closest('a');
    var tr = link && link.closest('tr');
    if (tr && tr.row) {
      event.preventDefault();
      if (link.className === 'lbl') {
        select(tr.row);
      } else if (link.className === 'remove') {
        remove(tr.row);
      }
    }
  });
})();
