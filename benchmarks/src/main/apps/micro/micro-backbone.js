// The core micro-benchmarks on Backbone.js 1.6.1. CoreBench.java runs the same operations on the same
// inputs with backbone-java; keep the two in step. window.microBench(name) prepares the input (untimed),
// times one run of the operation with performance.now(), and returns {ms, check}: check is a number both
// implementations must agree on, so neither can skip work.
(function () {
  'use strict';

  var SIZE = 10000;

  // A 31-bit linear congruential generator, identical to CoreBench's, so both sides see the same numbers.
  function Random(seed) {
    this.state = seed;
  }
  Random.prototype.next = function () {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return this.state;
  };

  function rows(count, suffix) {
    var random = new Random(42);
    var list = new Array(count);
    for (var i = 0; i < count; i++) {
      list[i] = {id: i + 1, label: 'row ' + (i + 1) + suffix, score: random.next() % 100000, group: i % 10};
    }
    return list;
  }

  var benches = {
    add: function () {
      var input = rows(SIZE, '');
      var t0 = performance.now();
      var collection = new Backbone.Collection();
      collection.add(input);
      var ms = performance.now() - t0;
      return {ms: ms, check: collection.length};
    },

    set: function () {
      var collection = new Backbone.Collection(rows(SIZE, ''));
      var input = rows(SIZE, ' !');
      var t0 = performance.now();
      collection.set(input);
      var ms = performance.now() - t0;
      var merged = collection.at(SIZE - 1).get('label') === 'row ' + SIZE + ' !';
      return {ms: ms, check: merged ? collection.length : -1};
    },

    sort: function () {
      var collection = new Backbone.Collection(rows(SIZE, ''));
      collection.comparator = 'score';
      var t0 = performance.now();
      collection.sort();
      var ms = performance.now() - t0;
      return {ms: ms, check: collection.at(0).id * 10007 + collection.at(SIZE / 2).id};
    },

    modelSet: function () {
      var model = new Backbone.Model();
      var calls = 0;
      for (var k = 0; k < 10; k++) {
        model.on('change', function () { calls++; });
      }
      var t0 = performance.now();
      for (var i = 0; i < 100000; i++) {
        model.set('value', i);
      }
      var ms = performance.now() - t0;
      return {ms: ms, check: calls};
    },

    trigger: function () {
      var events = _.extend({}, Backbone.Events);
      var calls = 0;
      events.on('ping', function () { calls++; });
      var t0 = performance.now();
      for (var i = 0; i < 1000000; i++) {
        events.trigger('ping', i);
      }
      var ms = performance.now() - t0;
      return {ms: ms, check: calls};
    },

    where: function () {
      var collection = new Backbone.Collection(rows(SIZE, ''));
      var found = 0;
      var t0 = performance.now();
      for (var i = 0; i < 100; i++) {
        found += collection.where({group: 3}).length;
      }
      var ms = performance.now() - t0;
      return {ms: ms, check: found};
    }
  };

  window.microBench = function (name) {
    return benches[name]();
  };
})();
