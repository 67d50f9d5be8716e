// The js-framework-benchmark table app with Backbone.js 1.6.1, Underscore and jQuery, written the way a
// Backbone user writes it: a collection of row models, one view per row with its own events map and an
// Underscore template, a table view that follows the collection's events, and an app view whose events map
// holds the buttons. backbone-java's version (JsBenchApp.java) has the same structure, so the two compare
// library against library. Minified by terser at build time.
(function () {
  'use strict';

  var ADJECTIVES = ['pretty', 'large', 'big', 'small', 'tall', 'short', 'long', 'handsome', 'plain', 'quaint',
    'clean', 'elegant', 'easy', 'angry', 'crazy', 'helpful', 'mushy', 'odd', 'unsightly', 'adorable', 'important',
    'inexpensive', 'cheap', 'expensive', 'fancy'];
  var COLOURS = ['red', 'yellow', 'blue', 'green', 'pink', 'brown', 'purple', 'brown', 'white', 'black', 'orange'];
  var NOUNS = ['table', 'chair', 'house', 'bbq', 'desk', 'car', 'pony', 'cookie', 'sandwich', 'burger', 'pizza',
    'mouse', 'keyboard'];

  var nextId = 1;

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

  // A row is a plain model; the collection remembers which one is selected.
  var Rows = Backbone.Collection.extend({
    selected: null,

    choose: function (row) {
      if (this.selected) {
        this.selected.set('selected', false);
      }
      this.selected = row;
      row.set('selected', true);
    },

    forget: function (row) {
      if (this.selected === row) {
        this.selected = null;
      }
    }
  });

  var RowView = Backbone.View.extend({
    tagName: 'tr',

    template: _.template('<td class="col-md-1"><%- id %></td><td class="col-md-4"><a class="lbl"><%- label %></a></td>'
      + '<td class="col-md-1"><a class="remove"><span class="glyphicon glyphicon-remove" aria-hidden="true"></span></a>'
      + '</td><td class="col-md-6"></td>'),

    events: {
      'click .lbl': 'select',
      'click .remove': 'destroy'
    },

    initialize: function () {
      this.listenTo(this.model, 'change:label', this.renderLabel);
      this.listenTo(this.model, 'change:selected', this.renderSelected);
    },

    render: function () {
      this.$el.html(this.template(this.model.toJSON()));
      return this;
    },

    renderLabel: function () {
      this.$('.lbl').text(this.model.get('label'));
    },

    renderSelected: function () {
      this.$el.toggleClass('danger', !!this.model.get('selected'));
    },

    select: function (event) {
      event.preventDefault();
      this.model.collection.choose(this.model);
    },

    destroy: function (event) {
      event.preventDefault();
      this.model.collection.remove(this.model);
    }
  });

  // The tbody: one row view per model, in the collection's order.
  var TableView = Backbone.View.extend({
    initialize: function () {
      this.views = [];
      this.listenTo(this.collection, 'reset', this.render);
      this.listenTo(this.collection, 'add', this.addRow);
      this.listenTo(this.collection, 'remove', this.removeRow);
      this.listenTo(this.collection, 'sort', this.reorder);
    },

    render: function () {
      // Empty the table in one go, then let each old view drop its listeners.
      this.$el.empty();
      _.invoke(this.views, 'remove');
      this.views = [];
      this.collection.each(this.addRow, this);
      return this;
    },

    addRow: function (row) {
      var view = new RowView({model: row});
      this.views.push(view);
      this.el.appendChild(view.render().el);
    },

    removeRow: function (row, rows, options) {
      this.views.splice(options.index, 1)[0].remove();
      rows.forget(row);
    },

    // Moves only the rows that are out of place: a row goes before the next one in the new order, last
    // first, so that every reference row is already where it belongs.
    reorder: function () {
      var byCid = _.indexBy(this.views, function (view) { return view.model.cid; });
      var views = this.collection.map(function (row) { return byCid[row.cid]; });
      for (var i = views.length - 1; i >= 0; i--) {
        if (views[i] !== this.views[i]) {
          this.el.insertBefore(views[i].el, i + 1 < views.length ? views[i + 1].el : null);
        }
      }
      this.views = views;
    }
  });

  var AppView = Backbone.View.extend({
    el: '#main',

    events: {
      'click #run': 'run',
      'click #runlots': 'runLots',
      'click #add': 'add',
      'click #update': 'update',
      'click #clear': 'clear',
      'click #swaprows': 'swapRows'
    },

    initialize: function () {
      this.rows = new Rows();
      this.table = new TableView({el: '#tbody', collection: this.rows});
    },

    run: function () {
      this.rows.selected = null;
      this.rows.reset(buildData(1000));
    },

    runLots: function () {
      this.rows.selected = null;
      this.rows.reset(buildData(10000));
    },

    add: function () {
      this.rows.add(buildData(1000));
    },

    update: function () {
      for (var i = 0; i < this.rows.length; i += 10) {
        var row = this.rows.at(i);
        row.set('label', row.get('label') + ' !!!');
      }
    },

    clear: function () {
      this.rows.selected = null;
      this.rows.reset();
    },

    swapRows: function () {
      if (this.rows.length > 998) {
        var models = this.rows.models.slice();
        var second = models[1];
        models[1] = models[998];
        models[998] = second;
        this.rows.set(models);
      }
    }
  });

  new AppView();
})();
