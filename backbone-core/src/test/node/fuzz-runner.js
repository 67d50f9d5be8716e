// The reference side of the differential fuzzers: runs scripts on real backbone.js 1.6.1 and prints, for each
// script, the lines FidelityInterpreter.java prints for the same script on backbone-core. One process runs a
// whole batch: node fuzz-runner.js <dir holding node_modules> models|routes|regexes < batch.json > logs.json
'use strict';

const path = require('path');
const fs = require('fs');

const base = path.resolve(process.argv[2]);
const mode = process.argv[3];
const _ = require(path.join(base, 'node_modules', 'underscore'));
const Backbone = require(path.join(base, 'node_modules', 'backbone'));

// Nothing talks to a server: create() saves through a sync that does nothing, as the Java side's does.
Backbone.sync = function() { return undefined; };

const OPTION_FLAGS = ['add', 'merge', 'remove', 'at', 'index', 'silent', 'validate', 'parse', 'unset', 'sort',
  'wait'];
const DEFAULTED_FLAGS = ['add', 'merge', 'remove'];
const COLLECTION_OPS = ['add', 'set', 'reset', 'push', 'unshift', 'create', 'remove', 'pop', 'shift'];
const MUTATIONS = ['removeArg', 'add', 'pop'];
const SETTLED_EVENTS = ['add', 'sort', 'update', 'reset'];
const STOP = {stop: 'a member\'s id does not find it'};
const STALE = {stop: 'the index holds a model the list does not'};

// ---------------------------------------------------------------------------------------------------------
// Models and collections

function runScript(script) {
  const lines = [];
  const models = [];
  const known = new Set(script.known || []);
  const logModels = !!script.logModels;
  let operations = 0;

  const FuzzModel = Backbone.Model.extend({
    initialize: function() {
      this.ord = models.length;
      models.push(this);
      if (logModels) {
        const self = this;
        this.on('all', function(name) {
          lines.push('m' + self.ord + ' ' + name + ' ' + renderArgs(Array.prototype.slice.call(arguments, 1), name));
        });
      }
    },
    validate: function(attrs) {
      return attrs.bad === true ? 'bad' : undefined;
    },
    parse: function(response) {
      return _.extend({}, response, {parsed: true});
    }
  });
  const FuzzCollection = Backbone.Collection.extend({model: FuzzModel});
  const c = new FuzzCollection();
  if (script.cmp === 'attr') {
    c.comparator = 'o';
  } else if (script.cmp === 'key') {
    c.comparator = function(m) { return m.get('o'); };
  } else if (script.cmp === 'cmp2') {
    c.comparator = function(a, b) { return rank(a) - rank(b); };
  }
  c.on('all', function(name) {
    lines.push('c ' + name + ' ' + renderArgs(Array.prototype.slice.call(arguments, 1), name));
  });

  function rank(m) {
    const o = m.get('o');
    if (typeof o === 'number') return o;
    if (typeof o === 'string') return 100 + o.length;
    return 200;
  }

  function value(v) {
    if (v !== null && typeof v === 'object' && '$n' in v) return v.$n === '-0' ? -0 : Number(v.$n);
    return v;
  }

  function attrsOf(spec) {
    const attrs = {};
    for (const pair of spec) attrs[pair[0]] = value(pair[1]);
    return attrs;
  }

  function model(k) {
    return models.length ? models[k % models.length] : undefined;
  }

  function item(spec) {
    if ('attrs' in spec) return attrsOf(spec.attrs);
    if ('mk' in spec) return new FuzzModel(attrsOf(spec.mk));
    if ('model' in spec) return model(spec.model) || {};
    if ('id' in spec) return value(spec.id);
    if ('cid' in spec) return model(spec.cid) ? model(spec.cid).cid : 'c0';
    if ('attrsId' in spec) return {id: value(spec.attrsId)};
    if ('cidObj' in spec) return {cid: model(spec.cidObj) ? model(spec.cidObj).cid : 'c0'};
    throw new Error('bad item ' + JSON.stringify(spec));
  }

  function items(step) {
    const list = step.items.map(item);
    return step.single ? list[0] : list;
  }

  function options(spec) {
    const opts = {};
    for (const key in spec || {}) opts[key] = spec[key];
    return opts;
  }

  function render(v) {
    // Java has no undefined: absent and null values read the same there.
    if (v === undefined || v === null) return 'null';
    if (v instanceof Backbone.Model) return v.ord === undefined ? 'm?' : 'm' + v.ord;
    if (v === c) return 'c';
    if (typeof v === 'number') {
      if (Object.is(v, -0)) return '-0';
      return String(v);
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return '[' + v.map(render).join(',') + ']';
    if (typeof v === 'function') return 'fn';
    return '{' + Object.keys(v).map(k => JSON.stringify(k) + ':' + render(v[k])).join(',') + '}';
  }

  // The options a handler sees: the flags backbone-core has too, then what the library filled in.
  // With REPORTED_PER_EVENT excluded, what Backbone writes into the options object for one event (index,
  // changes, previousModels, validationError) is shown only with the event it concerns, as backbone-core's
  // EventOptions reports it, not with the later events of the same call that still find it there.
  function renderOptions(o, name) {
    const perEvent = known.has('REPORTED_PER_EVENT');
    const reported = (key, events) => o[key] != null && (!perEvent || events.includes(name));
    const parts = [];
    for (const flag of OPTION_FLAGS) {
      let v = o[flag];
      if (flag === 'index' && !reported('index', o.at != null ? ['add', 'remove'] : ['remove'])) v = null;
      if (known.has('HANDLER_OPTION_FLAGS') && DEFAULTED_FLAGS.includes(flag) && v == null) v = true;
      if (v != null) parts.push(flag + ':' + render(v));
    }
    if (reported('validationError', ['invalid'])) parts.push('validationError:' + render(o.validationError));
    if (o.collection != null) parts.push('collection:' + render(o.collection));
    if (o.changes && reported('changes', ['update'])) {
      parts.push('changes:{added:' + render(o.changes.added) + ',removed:' + render(o.changes.removed) +
          ',merged:' + render(o.changes.merged) + '}');
    }
    if (o.previousModels && reported('previousModels', ['reset'])) parts.push('previousModels:' + render(o.previousModels));
    return '{' + parts.join(',') + '}';
  }

  function renderArgs(args, name) {
    return args.map((a, i) => i === args.length - 1 && isOptions(a) ? renderOptions(a, name) : render(a)).join(' ');
  }

  function isOptions(a) {
    return a !== null && typeof a === 'object' && !Array.isArray(a) && !(a instanceof Backbone.Model) &&
        !(a instanceof Backbone.Collection);
  }

  // What an operation returned: Backbone's false and undefined are Java's null.
  function renderReturn(v) {
    if (Array.isArray(v)) return '[' + v.map(renderReturnElement).join(',') + ']';
    return renderReturnElement(v);
  }

  function renderReturnElement(v) {
    if (v === false || v === undefined) return 'null';
    // Attributes that set() did not add come back as they were given; Java returns models, and null there.
    if (isOptions(v)) return 'null';
    if (known.has('SET_RETURNS_NULL_FOR_UNADDED') && typeof v !== 'boolean' &&
        !(v instanceof Backbone.Model && c.models.includes(v))) {
      return 'null';
    }
    return render(v);
  }

  function renderAttrs(attrs, sortKeys) {
    const keys = Object.keys(attrs);
    if (sortKeys) keys.sort();
    return '{' + keys.map(k => JSON.stringify(k) + ':' + render(attrs[k])).join(',') + '}';
  }

  function snapshot() {
    lines.push('order ' + render(c.models) + ' length ' + c.length);
    for (const m of models) {
      lines.push('m' + m.ord + ' id=' + render(m.id) + ' attrs=' + renderAttrs(m.attributes) +
          ' changed=' + renderAttrs(m.changed) +
          ' prev=' + renderAttrs(m.previousAttributes() || {}, known.has('PREVIOUS_ATTRIBUTES_ORDER')) +
          ' inCollection=' + (m.collection === c) +
          ' get(cid)=' + render(c.get(m.cid)) + ' get(model)=' + render(c.get(m)));
    }
    const ids = [];
    for (const id of script.ids) ids.push(render(c.get(value(id))));
    lines.push('ids ' + ids.join(' '));
  }

  // Guards for known divergences that depend on state, so both sides skip the same steps.
  function removalCorrupts(m) {
    return known.has('REMOVE_DURING_SET') && m instanceof Backbone.Model && c.get(m) && !c.models.includes(m);
  }

  function idCollides(target, attrs) {
    if (!known.has('GET_MODEL_CID_FIRST') || !('id' in attrs) || attrs.id == null) return false;
    if (!c.models.includes(target)) return false;
    const other = c.get(attrs.id);
    return !!other && other !== target;
  }

  // Between steps, a member its own id does not find (two members share the id, or the index lost it): from
  // here on get(model) answers differently (known divergence 2). The Java side compares the lines before it.
  function stopOnSharedId() {
    if (!known.has('GET_MODEL_CID_FIRST')) return;
    for (const m of c.models) {
      if (m.id != null && c.get(m.id) !== m) throw STOP;
    }
  }

  // Between steps, the index finding a model the list does not hold (known divergence 1's family: Backbone
  // corrupts its state; backbone-core keeps the list and the index in agreement instead).
  function stopOnStaleIndex() {
    if (!known.has('REMOVE_DURING_SET')) return;
    const found = models.map(m => c.get(m.cid)).concat(script.ids.map(id => c.get(value(id))));
    if (found.some(m => m && !c.models.includes(m))) throw STALE;
  }

  // Known divergence 1's family: a handler that changes the collection while one of its operations is still
  // under way (any event but those fired once it has settled). Backbone loses or corrupts models there.
  function midOperation(action, event) {
    return known.has('REMOVE_DURING_SET') && operations > 0 && MUTATIONS.includes(action.do) &&
        !SETTLED_EVENTS.includes(event);
  }

  function act(action, handlerIndex, args, event) {
    const arg = args[0] instanceof Backbone.Model ? args[0] : null;
    lines.push('h' + handlerIndex + ' ' + action.do);
    if (midOperation(action, event)) { lines.push('skip'); return; }
    switch (action.do) {
      case 'removeArg':
        if (!arg) return;
        if (removalCorrupts(arg)) { lines.push('skip'); return; }
        c.remove(arg);
        return;
      case 'add':
        c.add(action.single ? item(action.items[0]) : action.items.map(item), options(action.opts));
        return;
      case 'setArg': {
        if (!arg) return;
        const attrs = attrsOf(action.attrs);
        if (idCollides(arg, attrs)) { lines.push('skip'); return; }
        arg.set(attrs, options(action.opts));
        return;
      }
      case 'unsetArg':
        if (arg) arg.unset(action.attr);
        return;
      case 'setModel': {
        const m = model(action.m);
        if (!m) return;
        const attrs = attrsOf(action.attrs);
        if (idCollides(m, attrs)) { lines.push('skip'); return; }
        m.set(attrs, options(action.opts));
        return;
      }
      case 'sort':
        if (c.comparator) c.sort();
        return;
      case 'pop':
        c.pop();
        return;
      default:
        throw new Error('bad action ' + action.do);
    }
  }

  function run(step) {
    if (!COLLECTION_OPS.includes(step.op)) return runStep(step);
    operations++;
    try {
      return runStep(step);
    } finally {
      operations--;
    }
  }

  function runStep(step) {
    switch (step.op) {
      case 'add': return c.add(items(step), options(step.opts));
      case 'set': return c.set(items(step), options(step.opts));
      case 'reset': return c.reset(items(step), options(step.opts));
      case 'push': return c.push(items(step), options(step.opts));
      case 'unshift': return c.unshift(items(step), options(step.opts));
      case 'create': return c.create(items(step), options(step.opts));
      case 'remove': return c.remove(items(step), options(step.opts));
      case 'pop': return c.pop(options(step.opts));
      case 'shift': return c.shift(options(step.opts));
      case 'sort': c.sort(options(step.opts)); return null;
      case 'mset': {
        const m = model(step.m);
        if (!m) return null;
        const attrs = attrsOf(step.attrs);
        if (idCollides(m, attrs)) { lines.push('skip'); return null; }
        return m.set(attrs, options(step.opts)) !== false;
      }
      case 'unset': {
        const m = model(step.m);
        return m ? m.unset(step.attr, options(step.opts)) !== false : null;
      }
      case 'clear': {
        const m = model(step.m);
        return m ? m.clear(options(step.opts)) !== false : null;
      }
      case 'on': {
        const target = step.target === 'c' ? c : model(step.target);
        if (!target) return null;
        const index = step.index;
        let budget = step.times;
        target.on(step.event, function() {
          if (budget <= 0) return;
          budget--;
          act(step.action, index, Array.prototype.slice.call(arguments), step.event);
        });
        return null;
      }
      default:
        throw new Error('bad step ' + step.op);
    }
  }

  for (let i = 0; i < script.steps.length; i++) {
    const step = script.steps[i];
    try {
      stopOnSharedId();
      stopOnStaleIndex();
      lines.push('step ' + i + ' ' + step.op);
      try {
        lines.push('ret ' + renderReturn(run(step)));
      } catch (e) {
        if (e === STOP || e === STALE) throw e;
        if (/^bad (step|item|action)/.test(e.message)) throw e;
        lines.push('throw');
      }
      stopOnSharedId();
      stopOnStaleIndex();
    } catch (e) {
      if (e !== STOP && e !== STALE) throw e;
      lines.push('stop: ' + e.stop);
      break;
    }
    snapshot();
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// Routes: Backbone's own _routeToRegExp and _extractParameters, called on a router.

const router = new Backbone.Router();

function runRoute(testCase) {
  const lines = [];
  let regex;
  try {
    regex = router._routeToRegExp(testCase.route);
  } catch (e) {
    return ['compile throws'];
  }
  for (const fragment of testCase.fragments) {
    if (!regex.test(fragment)) {
      lines.push('no match');
      continue;
    }
    try {
      lines.push(JSON.stringify(router._extractParameters(regex, fragment)));
    } catch (e) {
      if (!(e instanceof URIError)) throw e;
      // Malformed escape: Backbone throws. backbone-core gives such a parameter back as written, on purpose.
      const params = regex.exec(fragment).slice(1).map((p, i, all) => {
        if (i === all.length - 1) return p || null;
        if (!p) return null;
        try { return decodeURIComponent(p); } catch (ignored) { return p; }
      });
      lines.push('URIError ' + JSON.stringify(params));
    }
  }
  return lines;
}

// Regexes: the expression backbone-core builds for a route in the browser (RoutePattern.regex), run by this
// engine: the raw captures, an unmatched group as null.
function runRegex(testCase) {
  const regex = new RegExp(testCase.regex);
  return testCase.fragments.map(fragment => {
    const found = regex.exec(fragment);
    return found ? JSON.stringify(found.slice(1).map(c => c === undefined ? null : c)) : 'no match';
  });
}

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const output = input.map(mode === 'routes' ? runRoute : mode === 'regexes' ? runRegex : runScript);
process.stdout.write(JSON.stringify(output));
