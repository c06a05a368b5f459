#!/usr/bin/env node
import { createRequire as __clearframeCreateRequire } from 'node:module';
const require = __clearframeCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@clearframe/schema/dist/generated/types.js
var init_types = __esm({
  "node_modules/@clearframe/schema/dist/generated/types.js"() {
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair4;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json2[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json2.slice(start) : json2;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge3.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge3.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge3.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue2(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue2(ctx, map, it);
      else
        mergeValue2(ctx, map, source);
    }
    function mergeValue2(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge3 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge3.isMergeKey(ctx, key))
        merge3.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge3.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge3.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge3.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge3);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep8, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep8?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep8) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep8 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep8, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep8 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep8 + cb;
              sep8 = "";
              break;
            }
            case "newline":
              if (comment)
                sep8 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep8, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep8?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep8 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep8 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep8, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep8 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep8)
                for (const st of sep8) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep8, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep8 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep8 === " ")
            sep8 = "\n";
          else if (!prevMoreIndented && sep8 === "\n")
            sep8 = "\n\n";
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep8 === "\n")
            value += "\n";
          else
            sep8 = "\n";
        } else {
          value += sep8 + content;
          sep8 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep8 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep8 === "\n")
            res += sep8;
          else
            sep8 = "\n";
        } else {
          res += sep8 + lm;
          sep8 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep8 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep8, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep8)
        for (const st of sep8)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep8;
          if (scalar.end) {
            sep8 = scalar.end;
            sep8.push(this.sourceToken);
            delete scalar.end;
          } else
            sep8 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep8 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep8 = it.sep;
                  sep8.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep8 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep8 = fc.end.splice(1, fc.end.length);
            sep8.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep8 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/@clearframe/schema/dist/parse.js
function decodeSource(bytes) {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { problem: { ...TOP, pointer: "", message: `file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; policy files are limited to 5 MB` } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return { problem: { ...positionOfByte(bytes, nul), pointer: "", message: "file contains NUL bytes: it looks binary, not YAML" } };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    return { problem: { ...TOP, pointer: "", message: "file is not valid UTF-8; save it as UTF-8" } };
  }
}
function positionOfByte(bytes, index) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: new TextDecoder("utf-8", { ignoreBOM: start > 0 }).decode(bytes.subarray(start, index)).length + 1 };
}
function parseYaml(text, path) {
  if (text.length > MAX_FILE_BYTES) {
    return { problems: [{ ...TOP, pointer: "", message: "file is larger than 5 MB; policy files are limited to 5 MB" }] };
  }
  const lineCounter = linesOf(text);
  const deep = deepNesting(text);
  if (deep !== void 0) {
    const { line, col } = lineCounter.linePos(deep);
    return { problems: [{ line, column: col, pointer: "", message: `nesting deeper than ${MAX_DEPTH} levels; no policy needs that` }] };
  }
  let doc;
  try {
    doc = parseBounded(text);
  } catch (error) {
    return { problems: [{ ...TOP, pointer: "", message: error instanceof LimitError ? error.message : "YAML could not be parsed (nesting too deep?)" }] };
  }
  const at3 = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = doc.errors.map((error) => ({
    ...at3(error.pos[0]),
    pointer: "",
    message: `YAML syntax: ${YAML_HINTS[error.code] ?? lowerFirst(error.message.split("\n")[0] ?? error.code)}`
  }));
  const file = { path, text, doc, lineCounter, value: void 0 };
  if (problems.length > 0)
    return { file, problems: dedupe(problems) };
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null) {
    return { file, problems: [{ ...TOP, pointer: "", message: "file is empty: a policy starts with apiVersion, kind, metadata and spec" }] };
  }
  if (!(0, import_yaml.isMap)(doc.contents)) {
    const kind = (0, import_yaml.isSeq)(doc.contents) ? "a list" : "a single value";
    return { file, problems: [{ ...at3(doc.contents.range[0]), pointer: "", message: `the top level is ${kind}; a policy is a mapping of keys (apiVersion, kind, metadata, spec)` }] };
  }
  if (depth(doc.contents, 0) > MAX_DEPTH) {
    return { file, problems: [{ ...TOP, pointer: "", message: `nesting deeper than ${MAX_DEPTH} levels; no policy needs that` }] };
  }
  const duplicates = duplicateKeys(doc.contents).map((key) => ({ ...at3(key.range[0]), pointer: "", message: `YAML syntax: ${YAML_HINTS.DUPLICATE_KEY}` }));
  if (duplicates.length > 0)
    return { file, problems: duplicates };
  try {
    file.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof ReferenceError && /alias/i.test(error.message) ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); remove the repeated *aliases` : "YAML could not be converted to data";
    return { file, problems: [{ ...TOP, pointer: "", message }] };
  }
  return { file, problems: [] };
}
function deepNesting(text) {
  let flow = 0;
  let lineStart = true;
  let compact = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      compact = 0;
      previous = 0;
      continue;
    }
    if (lineStart && (c === 32 || c === 9))
      continue;
    if (lineStart && (c === 45 || c === 63 || c === 58) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      if (++compact > MAX_DEPTH)
        return i;
      previous = c;
      i++;
      continue;
    }
    lineStart = false;
    if (c === 32 || c === 9)
      continue;
    const after = previous;
    previous = c;
    if (c === 91 || c === 123) {
      if (++flow > MAX_DEPTH)
        return i;
    } else if (c === 93 || c === 125) {
      if (flow > 0)
        flow--;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      const end = text.indexOf("\n", i);
      if (end === -1)
        break;
      i = end - 1;
    } else if ((c === 34 || c === 39) && (after === 0 || after === 58 || after === 45 || after === 63 || after === 44 || after === 91 || after === 123)) {
      i = closingQuote(text, i);
    }
  }
  return void 0;
}
function closingQuote(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\")
      i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'")
        i++;
      else
        return i;
    }
  }
  return text.length;
}
function parseBounded(text) {
  function* tokens() {
    let stray = 0;
    for (const token of new import_yaml.Parser().parse(text)) {
      if (token.type === "document") {
        let nodes = 0;
        let tokenCount = 0;
        const extra = (node) => node !== null && typeof node === "object" && Array.isArray(node.end) ? node.end.length : 0;
        import_yaml.CST.visit(token, (item, path) => {
          if (path.length > MAX_DEPTH)
            throw new LimitError(`nesting deeper than ${MAX_DEPTH} levels; no policy needs that`);
          if (++nodes > MAX_NODES)
            throw new LimitError(`more than ${MAX_NODES} YAML entries; no policy needs that many`);
          tokenCount += 1 + item.start.length + (item.sep?.length ?? 0) + extra(item.key) + extra(item.value);
          if (tokenCount > MAX_TOKENS)
            throw new LimitError(`more than ${MAX_TOKENS} YAML tokens; this is not a policy file, or it is badly broken`);
        });
      } else if (!["comment", "newline", "space", "byte-order-mark"].includes(token.type) && ++stray > MAX_STRAY_TOKENS) {
        throw new LimitError(`more than ${MAX_STRAY_TOKENS} YAML syntax errors outside the document; is this a YAML file?`);
      }
      yield token;
    }
  }
  let doc;
  for (const next of new import_yaml.Composer({ uniqueKeys: false, strict: true, keepSourceTokens: false }).compose(tokens(), true, text.length)) {
    if (!doc)
      doc = next;
    else {
      doc.errors.push(new import_yaml.YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return doc;
}
function duplicateKeys(node, found = []) {
  if ((0, import_yaml.isMap)(node)) {
    const seen = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      if ((0, import_yaml.isScalar)(pair.key) && pair.key.range) {
        const key = String(pair.key.value);
        if (seen.has(key))
          found.push(pair.key);
        seen.add(key);
      }
      duplicateKeys(pair.value, found);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items)
      duplicateKeys(item, found);
  }
  return found;
}
function linesOf(text) {
  const counter = new import_yaml.LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    counter.addNewLine(i + 1);
  return counter;
}
function depth(node, level) {
  if (level > MAX_DEPTH)
    return level;
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
    let max = level + 1;
    for (const item of node.items) {
      const child2 = (0, import_yaml.isPair)(item) ? item.value : item;
      max = Math.max(max, depth(child2, level + 1));
      if (max > MAX_DEPTH)
        break;
    }
    return max;
  }
  return level;
}
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function pointerSegments(pointer) {
  if (pointer === "")
    return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function toPointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function locate(file, pointer) {
  const segments = pointerSegments(pointer);
  let node = file.doc.contents;
  let best = { ...TOP, pointer: "", found: segments.length === 0, endLine: 1 };
  const done = [];
  for (const segment of segments) {
    let keyStart;
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === segment);
      if (!pair)
        break;
      keyStart = pair.key.range?.[0];
      next = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && /^\d+$/.test(segment)) {
      next = node.items[Number(segment)];
      if (next === void 0)
        break;
      keyStart = next.range?.[0];
    } else {
      break;
    }
    done.push(segment);
    node = next;
    if (keyStart !== void 0) {
      const { line, col } = file.lineCounter.linePos(keyStart);
      const end = next?.range?.[1] ?? keyStart;
      best = { line, column: col, pointer: toPointer(done), found: done.length === segments.length, endLine: endLineOf(file, end) };
    }
  }
  return best;
}
function endLineOf(file, endOffset) {
  let offset = Math.max(0, endOffset - 1);
  while (offset > 0 && /\s/.test(file.text.charAt(offset)))
    offset--;
  return file.lineCounter.linePos(offset).line;
}
function sourceText(file, pointer) {
  const node = file.doc.getIn(pointerSegments(pointer).map((s) => /^\d+$/.test(s) ? Number(s) : s), true);
  if ((0, import_yaml.isScalar)(node) && node.range)
    return file.text.slice(node.range[0], node.range[1]);
  return void 0;
}
function inFlowMap(file, pointer) {
  const segments = pointerSegments(pointer).slice(0, -1).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const parent = segments.length === 0 ? file.doc.contents : file.doc.getIn(segments, true);
  return (0, import_yaml.isMap)(parent) && parent.flow === true;
}
var import_yaml, MAX_FILE_BYTES, MAX_ALIAS_COUNT, MAX_DEPTH, MAX_NODES, MAX_TOKENS, MAX_STRAY_TOKENS, LimitError, TOP, YAML_HINTS;
var init_parse = __esm({
  "node_modules/@clearframe/schema/dist/parse.js"() {
    import_yaml = __toESM(require_dist(), 1);
    MAX_FILE_BYTES = 5 * 1024 * 1024;
    MAX_ALIAS_COUNT = 100;
    MAX_DEPTH = 64;
    MAX_NODES = 1e4;
    MAX_TOKENS = 5e4;
    MAX_STRAY_TOKENS = 100;
    LimitError = class extends Error {
    };
    TOP = { line: 1, column: 1 };
    YAML_HINTS = {
      DUPLICATE_KEY: "duplicate key: each key may appear once in a mapping",
      TAB_AS_INDENT: "tab used for indentation: YAML indents with spaces only",
      MULTIPLE_DOCS: "more than one YAML document (---) in the file: keep one policy per file"
    };
  }
});

// node_modules/@clearframe/schema/dist/generated/validators.js
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,99}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,99}$"', schema: "^[a-z0-9][a-z0-9-]{0,99}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.clinic !== void 0) {
      let data1 = data.clinic;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/clinic", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,99}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,99}$"', schema: "^[a-z0-9][a-z0-9-]{0,99}$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/clinic", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.clinician !== void 0) {
      let data3 = data.clinician;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "name" || key1 === "credentials" || key1 === "pronouns" || key1 === "license")) {
            const err7 = { instancePath: instancePath + "/clinician", schemaPath: "#/properties/clinician/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.clinician, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err8 = { instancePath: instancePath + "/clinician/name", schemaPath: "#/properties/clinician/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.clinician.properties.name.type, parentSchema: schema32.properties.clinician.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.credentials !== void 0) {
          let data5 = data3.credentials;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 !== "string") {
                const err9 = { instancePath: instancePath + "/clinician/credentials/" + i0, schemaPath: "#/properties/clinician/properties/credentials/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.clinician.properties.credentials.items.type, parentSchema: schema32.properties.clinician.properties.credentials.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/clinician/credentials", schemaPath: "#/properties/clinician/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.clinician.properties.credentials.type, parentSchema: schema32.properties.clinician.properties.credentials, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.pronouns !== void 0) {
          let data7 = data3.pronouns;
          if (typeof data7 !== "string") {
            const err11 = { instancePath: instancePath + "/clinician/pronouns", schemaPath: "#/properties/clinician/properties/pronouns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.clinician.properties.pronouns.type, parentSchema: schema32.properties.clinician.properties.pronouns, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.license !== void 0) {
          let data8 = data3.license;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "jurisdiction" || key2 === "number")) {
                const err12 = { instancePath: instancePath + "/clinician/license", schemaPath: "#/properties/clinician/properties/license/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.clinician.properties.license, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.jurisdiction !== void 0) {
              let data9 = data8.jurisdiction;
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err13 = { instancePath: instancePath + "/clinician/license/jurisdiction", schemaPath: "#/$defs/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$" }, message: 'must match pattern "^[A-Z]{2}(-[A-Z0-9]{1,3})?$"', schema: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/clinician/license/jurisdiction", schemaPath: "#/$defs/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.number !== void 0) {
              let data10 = data8.number;
              if (typeof data10 !== "string") {
                const err15 = { instancePath: instancePath + "/clinician/license/number", schemaPath: "#/properties/clinician/properties/license/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.clinician.properties.license.properties.number.type, parentSchema: schema32.properties.clinician.properties.license.properties.number, data: data10 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/clinician/license", schemaPath: "#/properties/clinician/properties/license/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.clinician.properties.license.type, parentSchema: schema32.properties.clinician.properties.license, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/clinician", schemaPath: "#/properties/clinician/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.clinician.type, parentSchema: schema32.properties.clinician, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.jurisdiction !== void 0) {
      let data11 = data.jurisdiction;
      if (typeof data11 === "string") {
        if (!pattern6.test(data11)) {
          const err18 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/$defs/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$" }, message: 'must match pattern "^[A-Z]{2}(-[A-Z0-9]{1,3})?$"', schema: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", parentSchema: schema35, data: data11 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/$defs/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.language !== void 0) {
      let data12 = data.language;
      if (typeof data12 === "string") {
        if (!pattern8.test(data12)) {
          const err20 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" }, message: 'must match pattern "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"', schema: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", parentSchema: schema32.properties.language, data: data12 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.language.type, parentSchema: schema32.properties.language, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.effective !== void 0) {
      let data13 = data.effective;
      if (typeof data13 === "string") {
        if (!pattern9.test(data13)) {
          const err22 = { instancePath: instancePath + "/effective", schemaPath: "#/$defs/calendarDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema37, data: data13 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/effective", schemaPath: "#/$defs/calendarDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.reviewed !== void 0) {
      let data14 = data.reviewed;
      if (typeof data14 === "string") {
        if (!pattern9.test(data14)) {
          const err24 = { instancePath: instancePath + "/reviewed", schemaPath: "#/$defs/calendarDate/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema37, data: data14 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/reviewed", schemaPath: "#/$defs/calendarDate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data14 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.clinicName !== void 0) {
      let data15 = data.clinicName;
      if (typeof data15 !== "string") {
        const err26 = { instancePath: instancePath + "/clinicName", schemaPath: "#/properties/clinicName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.clinicName.type, parentSchema: schema32.properties.clinicName, data: data15 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "within" || key0 === "excludes" || key0 === "fasterRepliesNotGuaranteed" || key0 === "note" || key0 === "schedule")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data0 = data.within;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err1 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$" }, message: 'must match pattern "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$"', schema: "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$", parentSchema: schema48.properties.within, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.within.type, parentSchema: schema48.properties.within, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.excludes !== void 0) {
      let data1 = data.excludes;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/excludes/" + i0, schemaPath: "#/properties/excludes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.excludes.items.type, parentSchema: schema48.properties.excludes.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!(data2 === "weekends" || data2 === "holidays" || data2 === "vacations" || data2 === "evenings" || data2 === "nights" || data2 === "outside-office-hours")) {
            const err4 = { instancePath: instancePath + "/excludes/" + i0, schemaPath: "#/properties/excludes/items/enum", keyword: "enum", params: { allowedValues: schema48.properties.excludes.items.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.excludes.items.enum, parentSchema: schema48.properties.excludes.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err5 = { instancePath: instancePath + "/excludes", schemaPath: "#/properties/excludes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema48.properties.excludes, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/excludes", schemaPath: "#/properties/excludes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.excludes.type, parentSchema: schema48.properties.excludes, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fasterRepliesNotGuaranteed !== void 0) {
      let data3 = data.fasterRepliesNotGuaranteed;
      if (typeof data3 !== "boolean") {
        const err7 = { instancePath: instancePath + "/fasterRepliesNotGuaranteed", schemaPath: "#/properties/fasterRepliesNotGuaranteed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.fasterRepliesNotGuaranteed.type, parentSchema: schema48.properties.fasterRepliesNotGuaranteed, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data4 = data.note;
      if (typeof data4 !== "string") {
        const err8 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data5 = data.schedule;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema41.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,99}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,99}$"', schema: "^[a-z0-9][a-z0-9-]{0,99}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "phone" || data1 === "sms" || data1 === "email" || data1 === "secure-messaging" || data1 === "video" || data1 === "portal" || data1 === "web-form" || data1 === "social-media" || data1 === "in-person")) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema41.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.kind.enum, parentSchema: schema41.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.offered !== void 0) {
      let data2 = data.offered;
      if (typeof data2 !== "boolean") {
        const err6 = { instancePath: instancePath + "/offered", schemaPath: "#/properties/offered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.offered.type, parentSchema: schema41.properties.offered, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      let data3 = data.address;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.address.type, parentSchema: schema41.properties.address, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secure !== void 0) {
      let data4 = data.secure;
      if (typeof data4 !== "boolean") {
        const err8 = { instancePath: instancePath + "/secure", schemaPath: "#/properties/secure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.secure.type, parentSchema: schema41.properties.secure, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      let data5 = data.hours;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/hours", schemaPath: "#/properties/hours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.hours.type, parentSchema: schema41.properties.hours, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.setup !== void 0) {
      let data6 = data.setup;
      if (typeof data6 !== "string") {
        const err10 = { instancePath: instancePath + "/setup", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.riskNote !== void 0) {
      let data7 = data.riskNote;
      if (typeof data7 !== "string") {
        const err11 = { instancePath: instancePath + "/riskNote", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data8 = data.product;
      if (typeof data8 !== "string") {
        const err12 = { instancePath: instancePath + "/product", schemaPath: "#/properties/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.product.type, parentSchema: schema41.properties.product, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data9 = data.fallback;
      if (typeof data9 !== "string") {
        const err13 = { instancePath: instancePath + "/fallback", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data10 = data.note;
      if (typeof data10 !== "string") {
        const err14 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data10 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.addressProvided !== void 0) {
      let data11 = data.addressProvided;
      if (!(data11 === "at-intake" || data11 === "on-request" || data11 === "in-portal" || data11 === "on-website")) {
        const err15 = { instancePath: instancePath + "/addressProvided", schemaPath: "#/properties/addressProvided/enum", keyword: "enum", params: { allowedValues: schema41.properties.addressProvided.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.addressProvided.enum, parentSchema: schema41.properties.addressProvided, data: data11 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.condition !== void 0) {
      let data12 = data.condition;
      if (typeof data12 !== "string") {
        const err16 = { instancePath: instancePath + "/condition", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data12 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.turnaround !== void 0) {
      if (!validate26(data.turnaround, { instancePath: instancePath + "/turnaround", parentData: data, parentDataProperty: "turnaround", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "via" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.via !== void 0) {
      let data0 = data.via;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/via/" + i0, schemaPath: "#/$defs/methodIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.type, parentSchema: schema53.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/via", schemaPath: "#/$defs/methodIds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data2 = data.note;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "number" || key0 === "kind" || key0 === "text" || key0 === "url" || key0 === "hours" || key0 === "note")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.name.type, parentSchema: schema57.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data1 = data.number;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.number.type, parentSchema: schema57.properties.number, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "crisis-line" || data2 === "emergency" || data2 === "other")) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema57.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.kind.enum, parentSchema: schema57.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      let data3 = data.text;
      if (typeof data3 !== "boolean") {
        const err5 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema57.properties.text.type, parentSchema: schema57.properties.text, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data4 = data.url;
      if (typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.url.type, parentSchema: schema57.properties.url, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      let data5 = data.hours;
      if (typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/hours", schemaPath: "#/properties/hours/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.hours.type, parentSchema: schema57.properties.hours, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data6 = data.note;
      if (typeof data6 !== "string") {
        const err8 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "instructions" || key0 === "contacts" || key0 === "via" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.instructions !== void 0) {
      let data0 = data.instructions;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/instructions", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.contacts !== void 0) {
      let data1 = data.contacts;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate34(data1[i0], { instancePath: instancePath + "/contacts/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.contacts.type, parentSchema: schema55.properties.contacts, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.via !== void 0) {
      let data3 = data.via;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 !== "string") {
            const err3 = { instancePath: instancePath + "/via/" + i1, schemaPath: "#/$defs/methodIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.type, parentSchema: schema53.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/via", schemaPath: "#/$defs/methodIds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data5 = data.note;
      if (typeof data5 !== "string") {
        const err5 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "administrative" || key0 === "clinical" || key0 === "crisis" || key0 === "urgent" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.administrative !== void 0) {
      if (!validate30(data.administrative, { instancePath: instancePath + "/administrative", parentData: data, parentDataProperty: "administrative", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.clinical !== void 0) {
      if (!validate30(data.clinical, { instancePath: instancePath + "/clinical", parentData: data, parentDataProperty: "clinical", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.crisis !== void 0) {
      if (!validate33(data.crisis, { instancePath: instancePath + "/crisis", parentData: data, parentDataProperty: "crisis", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.urgent !== void 0) {
      if (!validate30(data.urgent, { instancePath: instancePath + "/urgent", parentData: data, parentDataProperty: "urgent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      let data4 = data.note;
      if (typeof data4 !== "string") {
        const err1 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data4 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "methods" || key0 === "routes" || key0 === "betweenSessions" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.methods !== void 0) {
      let data0 = data.methods;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate25(data0[i0], { instancePath: instancePath + "/methods/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.methods.type, parentSchema: schema40.properties.methods, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.routes !== void 0) {
      if (!validate29(data.routes, { instancePath: instancePath + "/routes", parentData: data, parentDataProperty: "routes", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.betweenSessions !== void 0) {
      let data3 = data.betweenSessions;
      if (typeof data3 !== "string") {
        const err2 = { instancePath: instancePath + "/betweenSessions", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data4 = data.note;
      if (typeof data4 !== "string") {
        const err3 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data4 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema64.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.uses !== void 0) {
      let data0 = data.uses;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/uses", schemaPath: "#/properties/uses/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.uses.type, parentSchema: schema64.properties.uses, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.friending !== void 0) {
      let data1 = data.friending;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "allowed" || key1 === "confidentialityNote" || key1 === "rationale" || key1 === "note")) {
            const err2 = { instancePath: instancePath + "/friending", schemaPath: "#/properties/friending/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.friending, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.allowed !== void 0) {
          let data2 = data1.allowed;
          if (!(data2 === true || data2 === false || data2 === "case-by-case")) {
            const err3 = { instancePath: instancePath + "/friending/allowed", schemaPath: "#/properties/friending/properties/allowed/enum", keyword: "enum", params: { allowedValues: schema64.properties.friending.properties.allowed.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.friending.properties.allowed.enum, parentSchema: schema64.properties.friending.properties.allowed, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.confidentialityNote !== void 0) {
          let data3 = data1.confidentialityNote;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/friending/confidentialityNote", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.rationale !== void 0) {
          let data4 = data1.rationale;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/friending/rationale", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.note !== void 0) {
          let data5 = data1.note;
          if (typeof data5 !== "string") {
            const err6 = { instancePath: instancePath + "/friending/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/friending", schemaPath: "#/properties/friending/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.friending.type, parentSchema: schema64.properties.friending, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.following !== void 0) {
      let data6 = data.following;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "therapistFollowsClients" || key2 === "note")) {
            const err8 = { instancePath: instancePath + "/following", schemaPath: "#/properties/following/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.following, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.therapistFollowsClients !== void 0) {
          let data7 = data6.therapistFollowsClients;
          if (typeof data7 !== "boolean") {
            const err9 = { instancePath: instancePath + "/following/therapistFollowsClients", schemaPath: "#/properties/following/properties/therapistFollowsClients/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.following.properties.therapistFollowsClients.type, parentSchema: schema64.properties.following.properties.therapistFollowsClients, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data6.note !== void 0) {
          let data8 = data6.note;
          if (typeof data8 !== "string") {
            const err10 = { instancePath: instancePath + "/following/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/following", schemaPath: "#/properties/following/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.following.type, parentSchema: schema64.properties.following, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.searchingClients !== void 0) {
      let data9 = data.searchingClients;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          if (!(key3 === "allowed" || key3 === "exceptions" || key3 === "note")) {
            const err12 = { instancePath: instancePath + "/searchingClients", schemaPath: "#/properties/searchingClients/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.searchingClients, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data9.allowed !== void 0) {
          let data10 = data9.allowed;
          if (typeof data10 !== "boolean") {
            const err13 = { instancePath: instancePath + "/searchingClients/allowed", schemaPath: "#/properties/searchingClients/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.searchingClients.properties.allowed.type, parentSchema: schema64.properties.searchingClients.properties.allowed, data: data10 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data9.exceptions !== void 0) {
          let data11 = data9.exceptions;
          if (typeof data11 !== "string") {
            const err14 = { instancePath: instancePath + "/searchingClients/exceptions", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data11 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data9.note !== void 0) {
          let data12 = data9.note;
          if (typeof data12 !== "string") {
            const err15 = { instancePath: instancePath + "/searchingClients/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/searchingClients", schemaPath: "#/properties/searchingClients/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.searchingClients.type, parentSchema: schema64.properties.searchingClients, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.interacting !== void 0) {
      let data13 = data.interacting;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "publicReplies" || key4 === "note")) {
            const err17 = { instancePath: instancePath + "/interacting", schemaPath: "#/properties/interacting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.interacting, data: data13 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data13.publicReplies !== void 0) {
          let data14 = data13.publicReplies;
          if (!(data14 === "allowed" || data14 === "discouraged" || data14 === "not-allowed")) {
            const err18 = { instancePath: instancePath + "/interacting/publicReplies", schemaPath: "#/properties/interacting/properties/publicReplies/enum", keyword: "enum", params: { allowedValues: schema64.properties.interacting.properties.publicReplies.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.interacting.properties.publicReplies.enum, parentSchema: schema64.properties.interacting.properties.publicReplies, data: data14 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data13.note !== void 0) {
          let data15 = data13.note;
          if (typeof data15 !== "string") {
            const err19 = { instancePath: instancePath + "/interacting/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data15 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/interacting", schemaPath: "#/properties/interacting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.interacting.type, parentSchema: schema64.properties.interacting, data: data13 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.professionalPages !== void 0) {
      let data16 = data.professionalPages;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.platform === void 0) {
              const err21 = { instancePath: instancePath + "/professionalPages/" + i0, schemaPath: "#/properties/professionalPages/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema64.properties.professionalPages.items.required, parentSchema: schema64.properties.professionalPages.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!(key5 === "platform" || key5 === "url" || key5 === "note" || key5 === "clientsMayFollow" || key5 === "comments")) {
                const err22 = { instancePath: instancePath + "/professionalPages/" + i0, schemaPath: "#/properties/professionalPages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.professionalPages.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data17.platform !== void 0) {
              let data18 = data17.platform;
              if (typeof data18 !== "string") {
                const err23 = { instancePath: instancePath + "/professionalPages/" + i0 + "/platform", schemaPath: "#/properties/professionalPages/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.professionalPages.items.properties.platform.type, parentSchema: schema64.properties.professionalPages.items.properties.platform, data: data18 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data17.url !== void 0) {
              let data19 = data17.url;
              if (typeof data19 !== "string") {
                const err24 = { instancePath: instancePath + "/professionalPages/" + i0 + "/url", schemaPath: "#/properties/professionalPages/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.professionalPages.items.properties.url.type, parentSchema: schema64.properties.professionalPages.items.properties.url, data: data19 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data17.note !== void 0) {
              let data20 = data17.note;
              if (typeof data20 !== "string") {
                const err25 = { instancePath: instancePath + "/professionalPages/" + i0 + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data20 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data17.clientsMayFollow !== void 0) {
              let data21 = data17.clientsMayFollow;
              if (typeof data21 !== "boolean") {
                const err26 = { instancePath: instancePath + "/professionalPages/" + i0 + "/clientsMayFollow", schemaPath: "#/properties/professionalPages/items/properties/clientsMayFollow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.professionalPages.items.properties.clientsMayFollow.type, parentSchema: schema64.properties.professionalPages.items.properties.clientsMayFollow, data: data21 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data17.comments !== void 0) {
              let data22 = data17.comments;
              if (!(data22 === "open" || data22 === "moderated" || data22 === "closed")) {
                const err27 = { instancePath: instancePath + "/professionalPages/" + i0 + "/comments", schemaPath: "#/properties/professionalPages/items/properties/comments/enum", keyword: "enum", params: { allowedValues: schema64.properties.professionalPages.items.properties.comments.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.professionalPages.items.properties.comments.enum, parentSchema: schema64.properties.professionalPages.items.properties.comments, data: data22 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/professionalPages/" + i0, schemaPath: "#/properties/professionalPages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.professionalPages.items.type, parentSchema: schema64.properties.professionalPages.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/professionalPages", schemaPath: "#/properties/professionalPages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.professionalPages.type, parentSchema: schema64.properties.professionalPages, data: data16 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.reviewSites !== void 0) {
      let data23 = data.reviewSites;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key6 in data23) {
          if (!(key6 === "solicitTestimonials" || key6 === "respondPublicly" || key6 === "note" || key6 === "publishTestimonials")) {
            const err30 = { instancePath: instancePath + "/reviewSites", schemaPath: "#/properties/reviewSites/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.reviewSites, data: data23 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data23.solicitTestimonials !== void 0) {
          let data24 = data23.solicitTestimonials;
          if (typeof data24 !== "boolean") {
            const err31 = { instancePath: instancePath + "/reviewSites/solicitTestimonials", schemaPath: "#/properties/reviewSites/properties/solicitTestimonials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.reviewSites.properties.solicitTestimonials.type, parentSchema: schema64.properties.reviewSites.properties.solicitTestimonials, data: data24 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data23.respondPublicly !== void 0) {
          let data25 = data23.respondPublicly;
          if (typeof data25 !== "boolean") {
            const err32 = { instancePath: instancePath + "/reviewSites/respondPublicly", schemaPath: "#/properties/reviewSites/properties/respondPublicly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.reviewSites.properties.respondPublicly.type, parentSchema: schema64.properties.reviewSites.properties.respondPublicly, data: data25 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data23.note !== void 0) {
          let data26 = data23.note;
          if (typeof data26 !== "string") {
            const err33 = { instancePath: instancePath + "/reviewSites/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data26 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data23.publishTestimonials !== void 0) {
          let data27 = data23.publishTestimonials;
          if (typeof data27 !== "boolean") {
            const err34 = { instancePath: instancePath + "/reviewSites/publishTestimonials", schemaPath: "#/properties/reviewSites/properties/publishTestimonials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.reviewSites.properties.publishTestimonials.type, parentSchema: schema64.properties.reviewSites.properties.publishTestimonials, data: data27 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/reviewSites", schemaPath: "#/properties/reviewSites/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.reviewSites.type, parentSchema: schema64.properties.reviewSites, data: data23 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.encounters !== void 0) {
      let data28 = data.encounters;
      if (typeof data28 !== "string") {
        const err36 = { instancePath: instancePath + "/encounters", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data28 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data29 = data.note;
      if (typeof data29 !== "string") {
        const err37 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data29 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "electronicRisks" || key0 === "unencryptedConsent" || key0 === "dataProtection" || key0 === "video" || key0 === "records" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.electronicRisks !== void 0) {
      let data0 = data.electronicRisks;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/electronicRisks", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.unencryptedConsent !== void 0) {
      let data1 = data.unencryptedConsent;
      if (!(data1 === "required" || data1 === "not-needed")) {
        const err2 = { instancePath: instancePath + "/unencryptedConsent", schemaPath: "#/properties/unencryptedConsent/enum", keyword: "enum", params: { allowedValues: schema76.properties.unencryptedConsent.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.unencryptedConsent.enum, parentSchema: schema76.properties.unencryptedConsent, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.dataProtection !== void 0) {
      let data2 = data.dataProtection;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "encryption" || key1 === "retention" || key1 === "registration" || key1 === "note")) {
            const err3 = { instancePath: instancePath + "/dataProtection", schemaPath: "#/properties/dataProtection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.dataProtection, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.encryption !== void 0) {
          let data3 = data2.encryption;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/dataProtection/encryption", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.retention !== void 0) {
          let data4 = data2.retention;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/dataProtection/retention", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.registration !== void 0) {
          let data5 = data2.registration;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.authority === void 0) {
              const err6 = { instancePath: instancePath + "/dataProtection/registration", schemaPath: "#/properties/dataProtection/properties/registration/required", keyword: "required", params: { missingProperty: "authority" }, message: "must have required property 'authority'", schema: schema76.properties.dataProtection.properties.registration.required, parentSchema: schema76.properties.dataProtection.properties.registration, data: data5 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!(key2 === "authority" || key2 === "number" || key2 === "note")) {
                const err7 = { instancePath: instancePath + "/dataProtection/registration", schemaPath: "#/properties/dataProtection/properties/registration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.dataProtection.properties.registration, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data5.authority !== void 0) {
              let data6 = data5.authority;
              if (typeof data6 !== "string") {
                const err8 = { instancePath: instancePath + "/dataProtection/registration/authority", schemaPath: "#/properties/dataProtection/properties/registration/properties/authority/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.dataProtection.properties.registration.properties.authority.type, parentSchema: schema76.properties.dataProtection.properties.registration.properties.authority, data: data6 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.number !== void 0) {
              let data7 = data5.number;
              if (typeof data7 !== "string") {
                const err9 = { instancePath: instancePath + "/dataProtection/registration/number", schemaPath: "#/properties/dataProtection/properties/registration/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.dataProtection.properties.registration.properties.number.type, parentSchema: schema76.properties.dataProtection.properties.registration.properties.number, data: data7 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.note !== void 0) {
              let data8 = data5.note;
              if (typeof data8 !== "string") {
                const err10 = { instancePath: instancePath + "/dataProtection/registration/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data8 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/dataProtection/registration", schemaPath: "#/properties/dataProtection/properties/registration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.dataProtection.properties.registration.type, parentSchema: schema76.properties.dataProtection.properties.registration, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.note !== void 0) {
          let data9 = data2.note;
          if (typeof data9 !== "string") {
            const err12 = { instancePath: instancePath + "/dataProtection/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/dataProtection", schemaPath: "#/properties/dataProtection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.dataProtection.type, parentSchema: schema76.properties.dataProtection, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.video !== void 0) {
      let data10 = data.video;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!(key3 === "platform" || key3 === "secure" || key3 === "agreement" || key3 === "recording" || key3 === "note")) {
            const err14 = { instancePath: instancePath + "/video", schemaPath: "#/properties/video/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.video, data: data10 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data10.platform !== void 0) {
          let data11 = data10.platform;
          if (typeof data11 !== "string") {
            const err15 = { instancePath: instancePath + "/video/platform", schemaPath: "#/properties/video/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.video.properties.platform.type, parentSchema: schema76.properties.video.properties.platform, data: data11 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data10.secure !== void 0) {
          let data12 = data10.secure;
          if (typeof data12 !== "boolean") {
            const err16 = { instancePath: instancePath + "/video/secure", schemaPath: "#/properties/video/properties/secure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema76.properties.video.properties.secure.type, parentSchema: schema76.properties.video.properties.secure, data: data12 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data10.agreement !== void 0) {
          let data13 = data10.agreement;
          if (typeof data13 !== "string") {
            const err17 = { instancePath: instancePath + "/video/agreement", schemaPath: "#/properties/video/properties/agreement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.video.properties.agreement.type, parentSchema: schema76.properties.video.properties.agreement, data: data13 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data10.recording !== void 0) {
          let data14 = data10.recording;
          if (!(data14 === "never" || data14 === "with-consent" || data14 === "always")) {
            const err18 = { instancePath: instancePath + "/video/recording", schemaPath: "#/properties/video/properties/recording/enum", keyword: "enum", params: { allowedValues: schema76.properties.video.properties.recording.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.video.properties.recording.enum, parentSchema: schema76.properties.video.properties.recording, data: data14 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data10.note !== void 0) {
          let data15 = data10.note;
          if (typeof data15 !== "string") {
            const err19 = { instancePath: instancePath + "/video/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data15 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/video", schemaPath: "#/properties/video/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.video.type, parentSchema: schema76.properties.video, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.records !== void 0) {
      let data16 = data.records;
      if (typeof data16 !== "string") {
        const err21 = { instancePath: instancePath + "/records", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data16 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data17 = data.note;
      if (typeof data17 !== "string") {
        const err22 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data17 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "channels" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.channels !== void 0) {
      let data0 = data.channels;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.channels.items.type, parentSchema: schema85.properties.channels.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema85.properties.channels.type, parentSchema: schema85.properties.channels, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data2 = data.note;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "atIntake" || key0 === "acknowledgement" || key0 === "url" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.atIntake !== void 0) {
      let data0 = data.atIntake;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/atIntake", schemaPath: "#/properties/atIntake/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema87.properties.atIntake.type, parentSchema: schema87.properties.atIntake, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.acknowledgement !== void 0) {
      let data1 = data.acknowledgement;
      if (!(data1 === "signed" || data1 === "verbal" || data1 === "none")) {
        const err2 = { instancePath: instancePath + "/acknowledgement", schemaPath: "#/properties/acknowledgement/enum", keyword: "enum", params: { allowedValues: schema87.properties.acknowledgement.enum }, message: "must be equal to one of the allowed values", schema: schema87.properties.acknowledgement.enum, parentSchema: schema87.properties.acknowledgement, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data2 = data.url;
      if (typeof data2 === "string") {
        if (!pattern14.test(data2)) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"', schema: "^https?://[^\\s]+$", parentSchema: schema87.properties.url, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.url.type, parentSchema: schema87.properties.url, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data3 = data.note;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "licensedIn" || key0 === "clientLocation" || key0 === "note")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema89, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.licensedIn !== void 0) {
      let data0 = data.licensedIn;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err1 = { instancePath: instancePath + "/licensedIn/" + i0, schemaPath: "#/$defs/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$" }, message: 'must match pattern "^[A-Z]{2}(-[A-Z0-9]{1,3})?$"', schema: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", parentSchema: schema35, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/licensedIn/" + i0, schemaPath: "#/$defs/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/licensedIn", schemaPath: "#/properties/licensedIn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema89.properties.licensedIn.type, parentSchema: schema89.properties.licensedIn, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.clientLocation !== void 0) {
      let data2 = data.clientLocation;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/clientLocation", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data3 = data.note;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "contact" || key0 === "turnaround" || key0 === "socialMedia" || key0 === "privacy" || key0 === "concerns" || key0 === "sharing" || key0 === "telehealth")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.contact !== void 0) {
      if (!validate24(data.contact, { instancePath: instancePath + "/contact", parentData: data, parentDataProperty: "contact", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.turnaround !== void 0) {
      if (!validate26(data.turnaround, { instancePath: instancePath + "/turnaround", parentData: data, parentDataProperty: "turnaround", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.socialMedia !== void 0) {
      if (!validate41(data.socialMedia, { instancePath: instancePath + "/socialMedia", parentData: data, parentDataProperty: "socialMedia", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.privacy !== void 0) {
      if (!validate43(data.privacy, { instancePath: instancePath + "/privacy", parentData: data, parentDataProperty: "privacy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.concerns !== void 0) {
      if (!validate45(data.concerns, { instancePath: instancePath + "/concerns", parentData: data, parentDataProperty: "concerns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.sharing !== void 0) {
      if (!validate47(data.sharing, { instancePath: instancePath + "/sharing", parentData: data, parentDataProperty: "sharing", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.telehealth !== void 0) {
      if (!validate49(data.telehealth, { instancePath: instancePath + "/telehealth", parentData: data, parentDataProperty: "telehealth", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("CommunicationPolicy" !== data.kind) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.spec === void 0) {
        const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.then.required, parentSchema: schema31.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.metadata !== void 0) {
        let data1 = data.metadata;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.jurisdiction === void 0) {
            const err2 = { instancePath: instancePath + "/metadata", schemaPath: "#/then/properties/metadata/required", keyword: "required", params: { missingProperty: "jurisdiction" }, message: "must have required property 'jurisdiction'", schema: schema31.then.properties.metadata.required, parentSchema: schema31.then.properties.metadata, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/metadata", schemaPath: "#/then/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.then.properties.metadata.type, parentSchema: schema31.then.properties.metadata, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.metadata = true;
      props0.kind = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.if, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "extends" || key0 === "spec")) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data2 = data.apiVersion;
      if ("clearframe/v1" !== data2) {
        const err9 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "clearframe/v1" }, message: "must be equal to constant", schema: "clearframe/v1", parentSchema: schema31.properties.apiVersion, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data3 = data.kind;
      if (!(data3 === "CommunicationPolicy" || data3 === "ClinicDefaults")) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.kind.enum, parentSchema: schema31.properties.kind, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate21(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.extends !== void 0) {
      let data5 = data.extends;
      if (typeof data5 === "string") {
        if (!pattern11.test(data5)) {
          const err11 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema31.properties.extends, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.extends.type, parentSchema: schema31.properties.extends, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      if (!validate23(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(data0 === "off" || data0 === "info" || data0 === "warning" || data0 === "error")) {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema97.enum }, message: "must be equal to one of the allowed values", schema: schema97.enum, parentSchema: schema97, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema96.additionalProperties.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema96.additionalProperties.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        if (len0 > 0) {
          let data1 = data0[0];
          if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
            const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema97.enum }, message: "must be equal to one of the allowed values", schema: schema97.enum, parentSchema: schema97, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (len0 > 1) {
          let data2 = data0[1];
          if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
            const err4 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/additionalProperties/anyOf/1/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.additionalProperties.anyOf[1].prefixItems[1].type, parentSchema: schema96.additionalProperties.anyOf[1].prefixItems[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        const len1 = data0.length;
        if (!(len1 <= 2)) {
          const err5 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema96.additionalProperties.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema96.additionalProperties.anyOf[1].type, parentSchema: schema96.additionalProperties.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema96.additionalProperties.anyOf, parentSchema: schema96.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "extends" || key0 === "include" || key0 === "exclude" || key0 === "repository" || key0 === "rules" || key0 === "overrides")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema93, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (!(data0 === "recommended" || data0 === "strict")) {
        const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema93.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema93.properties.extends.enum, parentSchema: schema93.properties.extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern11.test(data2)) {
              const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema94.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.items.type, parentSchema: schema94.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.type, parentSchema: schema94, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern11.test(data4)) {
              const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/$defs/globs/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema94.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.items.type, parentSchema: schema94.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/exclude", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.type, parentSchema: schema94, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data5 = data.repository;
      if (typeof data5 === "string") {
        if (!pattern18.test(data5)) {
          const err8 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/]{1,253}(/[^\\s]{0,300})?$" }, message: 'must match pattern "^https://[^\\s/]{1,253}(/[^\\s]{0,300})?$"', schema: "^https://[^\\s/]{1,253}(/[^\\s]{0,300})?$", parentSchema: schema93.properties.repository, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema93.properties.repository.type, parentSchema: schema93.properties.repository, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate53(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.overrides !== void 0) {
      let data7 = data.overrides;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.files === void 0) {
              const err10 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema93.properties.overrides.items.required, parentSchema: schema93.properties.overrides.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "files" || key1 === "rules")) {
                const err11 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema93.properties.overrides.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.files !== void 0) {
              let data9 = data8.files;
              if (Array.isArray(data9)) {
                const len3 = data9.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data10 = data9[i3];
                  if (typeof data10 === "string") {
                    if (!pattern11.test(data10)) {
                      const err12 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema94.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.items.type, parentSchema: schema94.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.type, parentSchema: schema94, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.rules !== void 0) {
              if (!validate53(data8.rules, { instancePath: instancePath + "/overrides/" + i2 + "/rules", parentData: data8, parentDataProperty: "rules", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.properties.overrides.items.type, parentSchema: schema93.properties.overrides.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema93.properties.overrides.type, parentSchema: schema93.properties.overrides, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
var validatePolicy, schema31, schema32, schema33, schema35, schema37, func1, pattern4, pattern6, pattern8, pattern9, schema39, schema40, schema43, schema41, schema48, pattern13, schema51, schema52, schema53, schema55, schema57, schema64, schema76, schema85, schema87, pattern14, schema89, pattern11, validateConfig, schema93, schema94, pattern18, schema96, schema97;
var init_validators = __esm({
  "node_modules/@clearframe/schema/dist/generated/validators.js"() {
    "use strict";
    validatePolicy = validate20;
    schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://clearframe.dev/schema/v1/policy.schema.json", "title": "Clearframe communications and social-media policy", "description": "A therapist's or clinic's communications and social-media policy (kind CommunicationPolicy), or the shared defaults of a clinic (kind ClinicDefaults).", "type": "object", "required": ["apiVersion", "kind", "metadata"], "additionalProperties": false, "properties": { "apiVersion": { "const": "clearframe/v1", "description": "Format version. Always clearframe/v1." }, "kind": { "enum": ["CommunicationPolicy", "ClinicDefaults"], "description": "CommunicationPolicy for one clinician or practice; ClinicDefaults for parts shared by a clinic." }, "metadata": { "$ref": "#/$defs/metadata", "description": "Who the policy belongs to and when it applies." }, "extends": { "type": "string", "pattern": "\\S", "description": "Relative path to a ClinicDefaults file merged under this policy." }, "spec": { "$ref": "#/$defs/spec", "description": "The policy itself. Every field is optional in ClinicDefaults." } }, "if": { "properties": { "kind": { "const": "CommunicationPolicy" } } }, "then": { "required": ["spec"], "properties": { "metadata": { "type": "object", "required": ["jurisdiction"] } } }, "$defs": { "slug": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,99}$", "description": "Lower-case letters, digits and dashes, at most 100 characters." }, "jurisdiction": { "type": "string", "pattern": "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", "description": "ISO 3166-1 alpha-2 country code, optionally followed by - and an ISO 3166-2 subdivision (US-CA, GB-SCT)." }, "text": { "type": "string", "description": "Free text shown to clients verbatim." }, "methodIds": { "type": "array", "items": { "type": "string" }, "description": "Ids of contact methods of this policy." }, "metadata": { "type": "object", "required": ["id"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Slug, unique within its clinic.", "markdownDescription": "Slug, unique within its clinic: lower-case letters, digits and dashes.\n\n```yaml\nmetadata:\n  id: jane-rivera\n```" }, "clinic": { "$ref": "#/$defs/slug", "description": "Clinic slug; optional for a solo practice." }, "title": { "type": "string", "description": "Title of the policy as shown to clients." }, "clinician": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Clinician's name as shown to clients." }, "credentials": { "type": "array", "items": { "type": "string" }, "description": "Degrees and credentials, e.g. [PsyD] or [LCSW, MA]." }, "pronouns": { "type": "string", "description": "Clinician's pronouns, e.g. she/her." }, "license": { "type": "object", "additionalProperties": false, "properties": { "jurisdiction": { "$ref": "#/$defs/jurisdiction", "description": "Where the licence is held (US-CA, GB, AU-NSW)." }, "number": { "type": "string", "description": "Licence or registration number, as a string." } }, "description": "Professional licence: where it is held and its number." } }, "description": "The clinician this policy belongs to (omit for a practice-wide policy)." }, "jurisdiction": { "$ref": "#/$defs/jurisdiction", "description": 'Where the practice is, as an ISO 3166-1 alpha-2 code optionally with a subdivision: US-CA, GB, AU-NSW ("UK" is not a code; use GB).' }, "language": { "type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "description": "BCP 47 language tag." }, "effective": { "$ref": "#/$defs/calendarDate", "description": 'Date the policy takes effect, YYYY-MM-DD (quote it for YAML 1.1 tools: "2026-01-15").' }, "reviewed": { "$ref": "#/$defs/calendarDate", "description": 'Date of the last review, YYYY-MM-DD (quote it for YAML 1.1 tools: "2026-01-15").' }, "clinicName": { "type": "string", "description": "The clinic's or practice's display name, e.g. St. Anne's Counselling. metadata.clinic stays the slug.", "markdownDescription": "The clinic's display name as clients should read it; `metadata.clinic` stays the slug.\n\n```yaml\nmetadata:\n  clinic: st-annes\n  clinicName: St. Anne's Counselling\n```" } }, "description": "Who the policy belongs to and when it applies." }, "spec": { "type": "object", "additionalProperties": false, "properties": { "contact": { "$ref": "#/$defs/contact", "description": "How clients can reach the practice, and which way for which need." }, "turnaround": { "$ref": "#/$defs/turnaround", "description": "The official reply time for messages." }, "socialMedia": { "$ref": "#/$defs/socialMedia", "description": "Social-media stance (needed even if you do not use social media)." }, "privacy": { "$ref": "#/$defs/privacy", "description": "Privacy risks of electronic communication, data protection, video and records." }, "concerns": { "$ref": "#/$defs/concerns", "description": "Private channels for raising concerns instead of public reviews." }, "sharing": { "$ref": "#/$defs/sharing", "description": "How the policy is shared with clients." }, "telehealth": { "$ref": "#/$defs/telehealth", "description": "Where the clinician may practise by video and where the client must be during a session." } } }, "contact": { "type": "object", "additionalProperties": false, "properties": { "methods": { "type": "array", "items": { "$ref": "#/$defs/contactMethod" }, "description": "Every method the practice does or does not use." }, "routes": { "$ref": "#/$defs/routes", "description": "Which method for which need: administrative, clinical, urgent, crisis." }, "betweenSessions": { "$ref": "#/$defs/text", "description": "Whether and how clients can reach the therapist between sessions." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about contacting the practice, shown to clients." } } }, "contactMethod": { "type": "object", "required": ["id", "kind"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Slug, unique in the policy." }, "kind": { "enum": ["phone", "sms", "email", "secure-messaging", "video", "portal", "web-form", "social-media", "in-person"], "description": "phone, sms, email, secure-messaging, video, portal, web-form, social-media or in-person." }, "offered": { "type": "boolean", "default": true, "description": "false means: I do not use this method (say so). Defaults to true." }, "address": { "type": "string", "description": "Number, e-mail address, username or URL. Needed when offered, unless addressProvided says where clients get it (in-person needs none)." }, "secure": { "type": "boolean", "description": "End-to-end encrypted or HIPAA-grade." }, "hours": { "type": "string", "description": "When the method is answered, e.g. Mon-Fri 9:00-17:00." }, "setup": { "$ref": "#/$defs/text", "description": "How to install or join (secure apps)." }, "riskNote": { "$ref": "#/$defs/text", "description": "Privacy risks of this channel." }, "product": { "type": "string", "description": "App or platform name." }, "fallback": { "$ref": "#/$defs/text", "description": "What happens if the connection fails (video)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this method, shown to clients." }, "addressProvided": { "enum": ["at-intake", "on-request", "in-portal", "on-website"], "description": "The address is given elsewhere: at-intake, on-request, in-portal or on-website.", "markdownDescription": "The address is given to clients elsewhere instead of in the policy.\n\n```yaml\n- id: cell\n  kind: sms\n  addressProvided: at-intake\n```" }, "condition": { "$ref": "#/$defs/text", "description": "The method is offered only under this condition; shown to clients next to it.", "markdownDescription": "The method is offered, but only under this condition.\n\n```yaml\ncondition: Only after your first appointment.\n```" }, "turnaround": { "$ref": "#/$defs/turnaround", "description": "This method's own reply time (same shape as spec.turnaround).", "markdownDescription": "This method's own reply time, same shape as `spec.turnaround`.\n\n```yaml\nturnaround: { within: 1 business day }\n```" } }, "description": "A way to contact the practice, offered or not." }, "routes": { "type": "object", "additionalProperties": false, "properties": { "administrative": { "$ref": "#/$defs/route", "description": "Scheduling, billing and other administrative contact." }, "clinical": { "$ref": "#/$defs/route", "description": "Clinical contact: check-ins, homework, journaling." }, "crisis": { "$ref": "#/$defs/crisisRoute", "description": "What to do in a crisis or emergency." }, "urgent": { "$ref": "#/$defs/route", "description": "Urgent but not an emergency (optional tier).", "markdownDescription": "Urgent but not an emergency.\n\n```yaml\nurgent: { via: [office-phone], note: We call back the same day. }\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the routes, shown to clients." } } }, "route": { "type": "object", "additionalProperties": false, "properties": { "via": { "$ref": "#/$defs/methodIds", "description": "Ids of the contact methods to use for this need." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this route, shown to clients." } } }, "crisisRoute": { "type": "object", "additionalProperties": false, "properties": { "instructions": { "$ref": "#/$defs/text", "description": "What to do in a crisis, in words, shown to clients." }, "contacts": { "type": "array", "items": { "$ref": "#/$defs/crisisContact" }, "description": "Crisis lines and emergency numbers.", "markdownDescription": 'Crisis lines and emergency numbers; quote numbers.\n\n```yaml\ncontacts:\n  - { name: 988 Suicide & Crisis Lifeline, number: "988", text: true, kind: crisis-line }\n  - { name: Emergency services, number: "911", kind: emergency }\n```' }, "via": { "$ref": "#/$defs/methodIds", "description": "Practice methods also usable in a crisis (never alone if asynchronous)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the crisis route, shown to clients." } } }, "crisisContact": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the service, e.g. 988 Suicide & Crisis Lifeline." }, "number": { "type": "string", "description": 'Phone number, as a quoted string ("000", "988").' }, "kind": { "enum": ["crisis-line", "emergency", "other"], "description": "crisis-line, emergency or other." }, "text": { "type": "boolean", "description": "The number also accepts text messages." }, "url": { "type": "string", "description": "Web address of the service (chat, information)." }, "hours": { "type": "string", "description": "When the service answers, e.g. 24/7." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this crisis contact, shown to clients." } } }, "turnaround": { "type": "object", "additionalProperties": false, "properties": { "within": { "type": "string", "pattern": "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$", "description": 'Official reply time: "24h", "2d", "48 hours", "2 business days", "1 working day", or a range such as "24-48h" or "1-2 business days".', "markdownDescription": "Official reply time. A range compares by its upper bound; working days are business days.\n\n```yaml\nwithin: 24-48h\nwithin: 1 – 2 business days\n```" }, "excludes": { "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["weekends", "holidays", "vacations", "evenings", "nights", "outside-office-hours"] }, "description": "Periods the reply time does not count: weekends, holidays, vacations, evenings, nights, outside-office-hours. [] means none." }, "fasterRepliesNotGuaranteed": { "type": "boolean", "description": "true: a faster reply now and then is not a promise." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about reply times, shown to clients." }, "schedule": { "$ref": "#/$defs/text", "description": "A reply window in words; states the turnaround on its own.", "markdownDescription": "A reply window in words; it states the turnaround on its own.\n\n```yaml\nschedule: E-mails received by Tuesday noon are answered by Thursday 5 pm.\n```" } } }, "socialMedia": { "type": "object", "additionalProperties": false, "properties": { "uses": { "type": "boolean", "description": "Whether the practice uses social media at all." }, "friending": { "type": "object", "additionalProperties": false, "properties": { "allowed": { "enum": [true, false, "case-by-case"], "description": "true, false or case-by-case." }, "confidentialityNote": { "$ref": "#/$defs/text", "description": "How friending could reveal that someone is a client; required when allowed is not false." }, "rationale": { "$ref": "#/$defs/text", "description": "Why this stance, in words for clients." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about friending, shown to clients." } }, "description": "Whether clients may friend or connect with the clinician on personal accounts." }, "following": { "type": "object", "additionalProperties": false, "properties": { "therapistFollowsClients": { "type": "boolean", "description": "true if the clinician follows clients on social media." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about following, shown to clients." } }, "description": "Whether the clinician follows clients online." }, "searchingClients": { "type": "object", "additionalProperties": false, "properties": { "allowed": { "type": "boolean", "description": "true if the clinician searches for clients online." }, "exceptions": { "$ref": "#/$defs/text", "description": "When a search may still happen, e.g. imminent safety concerns." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about searching, shown to clients." } }, "description": "Whether the clinician searches for clients online." }, "interacting": { "type": "object", "additionalProperties": false, "properties": { "publicReplies": { "enum": ["allowed", "discouraged", "not-allowed"], "description": "allowed, discouraged or not-allowed." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about public interaction, shown to clients." } }, "description": "Public replies and comments between clients and the clinician." }, "professionalPages": { "type": "array", "items": { "type": "object", "required": ["platform"], "additionalProperties": false, "properties": { "platform": { "type": "string", "description": "Platform, e.g. Facebook or Instagram." }, "url": { "type": "string", "description": "Link to the page." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this page, shown to clients." }, "clientsMayFollow": { "type": "boolean", "description": `false: "if you are a client, please don't follow this page".`, "markdownDescription": "Whether clients may follow or fan the page.\n\n```yaml\n- { platform: Facebook, url: https://facebook.com/riverbend, clientsMayFollow: false, comments: closed }\n```" }, "comments": { "enum": ["open", "moderated", "closed"], "description": "Comments on the page: open, moderated or closed." } } }, "description": "The practice's professional pages or accounts." }, "reviewSites": { "type": "object", "additionalProperties": false, "properties": { "solicitTestimonials": { "type": "boolean", "description": "true if clients are asked for testimonials or reviews (not allowed by APA 5.05 and NASW 4.07)." }, "respondPublicly": { "type": "boolean", "description": "true if the clinician replies publicly to reviews." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about review sites, shown to clients." }, "publishTestimonials": { "type": "boolean", "description": "true if the practice publishes testimonials (not allowed in Australia)." } }, "description": "Review sites and testimonials." }, "encounters": { "$ref": "#/$defs/text", "description": "What happens if client and clinician meet online by chance." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about social media, shown to clients." } } }, "privacy": { "type": "object", "additionalProperties": false, "properties": { "electronicRisks": { "$ref": "#/$defs/text", "description": "The client's own privacy risks of e-mail and texts." }, "unencryptedConsent": { "enum": ["required", "not-needed"], "description": "required (clients consent to unencrypted channels) or not-needed (all channels secure)." }, "dataProtection": { "type": "object", "additionalProperties": false, "properties": { "encryption": { "$ref": "#/$defs/text", "description": "How devices and records are encrypted." }, "retention": { "$ref": "#/$defs/text", "description": "How long records are kept." }, "registration": { "type": "object", "required": ["authority"], "additionalProperties": false, "properties": { "authority": { "type": "string", "description": "The authority, e.g. ICO." }, "number": { "type": "string", "description": "Registration number, as a string." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the registration, shown to clients." } }, "description": "Registration with a data-protection authority (ICO for UK data controllers)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about data protection, shown to clients." } }, "description": "How data is protected and where the practice is registered." }, "video": { "type": "object", "additionalProperties": false, "properties": { "platform": { "type": "string", "description": "Video platform, e.g. Doxy.me." }, "secure": { "type": "boolean", "description": "true if the platform is end-to-end encrypted or HIPAA-grade." }, "agreement": { "type": "string", "description": "Data-processing agreement with the platform (BAA, DPA)." }, "recording": { "enum": ["never", "with-consent", "always"], "description": "Whether sessions are recorded: never, with-consent or always.", "markdownDescription": "Whether sessions are recorded.\n\n```yaml\nvideo: { platform: Doxy.me, secure: true, recording: never }\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about video, shown to clients." } }, "description": "The video platform used for sessions." }, "records": { "$ref": "#/$defs/text", "description": "Whether messages become part of the clinical record, in words.", "markdownDescription": "Whether messages become part of the clinical record.\n\n```yaml\nrecords: Messages about your care become part of your clinical record.\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about privacy, shown to clients." } } }, "concerns": { "type": "object", "additionalProperties": false, "properties": { "channels": { "type": "array", "items": { "type": "string" }, "description": "Private ways to raise a concern, e.g. a contact form (a pseudonym is fine)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about concerns, shown to clients." } } }, "sharing": { "type": "object", "additionalProperties": false, "properties": { "atIntake": { "type": "boolean", "description": "true if the policy is reviewed with each client at intake." }, "acknowledgement": { "enum": ["signed", "verbal", "none"], "description": "How clients acknowledge the policy: signed, verbal or none." }, "url": { "type": "string", "pattern": "^https?://[^\\s]+$", "description": "Web address where the policy is published." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about sharing the policy, shown to clients." } } }, "calendarDate": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Calendar date, YYYY-MM-DD." }, "telehealth": { "type": "object", "additionalProperties": false, "properties": { "licensedIn": { "type": "array", "items": { "$ref": "#/$defs/jurisdiction" }, "description": "Jurisdictions where the clinician is licensed to practise (jurisdiction codes).", "markdownDescription": "Jurisdictions where the clinician is licensed to practise.\n\n```yaml\ntelehealth:\n  licensedIn: [US-CA, US-NV]\n```" }, "clientLocation": { "$ref": "#/$defs/text", "description": "Where the client needs to be during each session, in words.", "markdownDescription": "Where the client needs to be during each session.\n\n```yaml\nclientLocation: You need to be in California or Nevada during each session.\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about telehealth, shown to clients." } } } } };
    schema32 = { "type": "object", "required": ["id"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Slug, unique within its clinic.", "markdownDescription": "Slug, unique within its clinic: lower-case letters, digits and dashes.\n\n```yaml\nmetadata:\n  id: jane-rivera\n```" }, "clinic": { "$ref": "#/$defs/slug", "description": "Clinic slug; optional for a solo practice." }, "title": { "type": "string", "description": "Title of the policy as shown to clients." }, "clinician": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Clinician's name as shown to clients." }, "credentials": { "type": "array", "items": { "type": "string" }, "description": "Degrees and credentials, e.g. [PsyD] or [LCSW, MA]." }, "pronouns": { "type": "string", "description": "Clinician's pronouns, e.g. she/her." }, "license": { "type": "object", "additionalProperties": false, "properties": { "jurisdiction": { "$ref": "#/$defs/jurisdiction", "description": "Where the licence is held (US-CA, GB, AU-NSW)." }, "number": { "type": "string", "description": "Licence or registration number, as a string." } }, "description": "Professional licence: where it is held and its number." } }, "description": "The clinician this policy belongs to (omit for a practice-wide policy)." }, "jurisdiction": { "$ref": "#/$defs/jurisdiction", "description": 'Where the practice is, as an ISO 3166-1 alpha-2 code optionally with a subdivision: US-CA, GB, AU-NSW ("UK" is not a code; use GB).' }, "language": { "type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "description": "BCP 47 language tag." }, "effective": { "$ref": "#/$defs/calendarDate", "description": 'Date the policy takes effect, YYYY-MM-DD (quote it for YAML 1.1 tools: "2026-01-15").' }, "reviewed": { "$ref": "#/$defs/calendarDate", "description": 'Date of the last review, YYYY-MM-DD (quote it for YAML 1.1 tools: "2026-01-15").' }, "clinicName": { "type": "string", "description": "The clinic's or practice's display name, e.g. St. Anne's Counselling. metadata.clinic stays the slug.", "markdownDescription": "The clinic's display name as clients should read it; `metadata.clinic` stays the slug.\n\n```yaml\nmetadata:\n  clinic: st-annes\n  clinicName: St. Anne's Counselling\n```" } }, "description": "Who the policy belongs to and when it applies." };
    schema33 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,99}$", "description": "Lower-case letters, digits and dashes, at most 100 characters." };
    schema35 = { "type": "string", "pattern": "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", "description": "ISO 3166-1 alpha-2 country code, optionally followed by - and an ISO 3166-2 subdivision (US-CA, GB-SCT)." };
    schema37 = { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Calendar date, YYYY-MM-DD." };
    func1 = Object.prototype.hasOwnProperty;
    pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,99}$", "u");
    pattern6 = new RegExp("^[A-Z]{2}(-[A-Z0-9]{1,3})?$", "u");
    pattern8 = new RegExp("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
    pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema39 = { "type": "object", "additionalProperties": false, "properties": { "contact": { "$ref": "#/$defs/contact", "description": "How clients can reach the practice, and which way for which need." }, "turnaround": { "$ref": "#/$defs/turnaround", "description": "The official reply time for messages." }, "socialMedia": { "$ref": "#/$defs/socialMedia", "description": "Social-media stance (needed even if you do not use social media)." }, "privacy": { "$ref": "#/$defs/privacy", "description": "Privacy risks of electronic communication, data protection, video and records." }, "concerns": { "$ref": "#/$defs/concerns", "description": "Private channels for raising concerns instead of public reviews." }, "sharing": { "$ref": "#/$defs/sharing", "description": "How the policy is shared with clients." }, "telehealth": { "$ref": "#/$defs/telehealth", "description": "Where the clinician may practise by video and where the client must be during a session." } } };
    schema40 = { "type": "object", "additionalProperties": false, "properties": { "methods": { "type": "array", "items": { "$ref": "#/$defs/contactMethod" }, "description": "Every method the practice does or does not use." }, "routes": { "$ref": "#/$defs/routes", "description": "Which method for which need: administrative, clinical, urgent, crisis." }, "betweenSessions": { "$ref": "#/$defs/text", "description": "Whether and how clients can reach the therapist between sessions." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about contacting the practice, shown to clients." } } };
    schema43 = { "type": "string", "description": "Free text shown to clients verbatim." };
    schema41 = { "type": "object", "required": ["id", "kind"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/slug", "description": "Slug, unique in the policy." }, "kind": { "enum": ["phone", "sms", "email", "secure-messaging", "video", "portal", "web-form", "social-media", "in-person"], "description": "phone, sms, email, secure-messaging, video, portal, web-form, social-media or in-person." }, "offered": { "type": "boolean", "default": true, "description": "false means: I do not use this method (say so). Defaults to true." }, "address": { "type": "string", "description": "Number, e-mail address, username or URL. Needed when offered, unless addressProvided says where clients get it (in-person needs none)." }, "secure": { "type": "boolean", "description": "End-to-end encrypted or HIPAA-grade." }, "hours": { "type": "string", "description": "When the method is answered, e.g. Mon-Fri 9:00-17:00." }, "setup": { "$ref": "#/$defs/text", "description": "How to install or join (secure apps)." }, "riskNote": { "$ref": "#/$defs/text", "description": "Privacy risks of this channel." }, "product": { "type": "string", "description": "App or platform name." }, "fallback": { "$ref": "#/$defs/text", "description": "What happens if the connection fails (video)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this method, shown to clients." }, "addressProvided": { "enum": ["at-intake", "on-request", "in-portal", "on-website"], "description": "The address is given elsewhere: at-intake, on-request, in-portal or on-website.", "markdownDescription": "The address is given to clients elsewhere instead of in the policy.\n\n```yaml\n- id: cell\n  kind: sms\n  addressProvided: at-intake\n```" }, "condition": { "$ref": "#/$defs/text", "description": "The method is offered only under this condition; shown to clients next to it.", "markdownDescription": "The method is offered, but only under this condition.\n\n```yaml\ncondition: Only after your first appointment.\n```" }, "turnaround": { "$ref": "#/$defs/turnaround", "description": "This method's own reply time (same shape as spec.turnaround).", "markdownDescription": "This method's own reply time, same shape as `spec.turnaround`.\n\n```yaml\nturnaround: { within: 1 business day }\n```" } }, "description": "A way to contact the practice, offered or not." };
    schema48 = { "type": "object", "additionalProperties": false, "properties": { "within": { "type": "string", "pattern": "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$", "description": 'Official reply time: "24h", "2d", "48 hours", "2 business days", "1 working day", or a range such as "24-48h" or "1-2 business days".', "markdownDescription": "Official reply time. A range compares by its upper bound; working days are business days.\n\n```yaml\nwithin: 24-48h\nwithin: 1 – 2 business days\n```" }, "excludes": { "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["weekends", "holidays", "vacations", "evenings", "nights", "outside-office-hours"] }, "description": "Periods the reply time does not count: weekends, holidays, vacations, evenings, nights, outside-office-hours. [] means none." }, "fasterRepliesNotGuaranteed": { "type": "boolean", "description": "true: a faster reply now and then is not a promise." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about reply times, shown to clients." }, "schedule": { "$ref": "#/$defs/text", "description": "A reply window in words; states the turnaround on its own.", "markdownDescription": "A reply window in words; it states the turnaround on its own.\n\n```yaml\nschedule: E-mails received by Tuesday noon are answered by Thursday 5 pm.\n```" } } };
    pattern13 = new RegExp("^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$", "u");
    validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema51 = { "type": "object", "additionalProperties": false, "properties": { "administrative": { "$ref": "#/$defs/route", "description": "Scheduling, billing and other administrative contact." }, "clinical": { "$ref": "#/$defs/route", "description": "Clinical contact: check-ins, homework, journaling." }, "crisis": { "$ref": "#/$defs/crisisRoute", "description": "What to do in a crisis or emergency." }, "urgent": { "$ref": "#/$defs/route", "description": "Urgent but not an emergency (optional tier).", "markdownDescription": "Urgent but not an emergency.\n\n```yaml\nurgent: { via: [office-phone], note: We call back the same day. }\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the routes, shown to clients." } } };
    schema52 = { "type": "object", "additionalProperties": false, "properties": { "via": { "$ref": "#/$defs/methodIds", "description": "Ids of the contact methods to use for this need." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this route, shown to clients." } } };
    schema53 = { "type": "array", "items": { "type": "string" }, "description": "Ids of contact methods of this policy." };
    validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema55 = { "type": "object", "additionalProperties": false, "properties": { "instructions": { "$ref": "#/$defs/text", "description": "What to do in a crisis, in words, shown to clients." }, "contacts": { "type": "array", "items": { "$ref": "#/$defs/crisisContact" }, "description": "Crisis lines and emergency numbers.", "markdownDescription": 'Crisis lines and emergency numbers; quote numbers.\n\n```yaml\ncontacts:\n  - { name: 988 Suicide & Crisis Lifeline, number: "988", text: true, kind: crisis-line }\n  - { name: Emergency services, number: "911", kind: emergency }\n```' }, "via": { "$ref": "#/$defs/methodIds", "description": "Practice methods also usable in a crisis (never alone if asynchronous)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the crisis route, shown to clients." } } };
    schema57 = { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Name of the service, e.g. 988 Suicide & Crisis Lifeline." }, "number": { "type": "string", "description": 'Phone number, as a quoted string ("000", "988").' }, "kind": { "enum": ["crisis-line", "emergency", "other"], "description": "crisis-line, emergency or other." }, "text": { "type": "boolean", "description": "The number also accepts text messages." }, "url": { "type": "string", "description": "Web address of the service (chat, information)." }, "hours": { "type": "string", "description": "When the service answers, e.g. 24/7." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this crisis contact, shown to clients." } } };
    validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema64 = { "type": "object", "additionalProperties": false, "properties": { "uses": { "type": "boolean", "description": "Whether the practice uses social media at all." }, "friending": { "type": "object", "additionalProperties": false, "properties": { "allowed": { "enum": [true, false, "case-by-case"], "description": "true, false or case-by-case." }, "confidentialityNote": { "$ref": "#/$defs/text", "description": "How friending could reveal that someone is a client; required when allowed is not false." }, "rationale": { "$ref": "#/$defs/text", "description": "Why this stance, in words for clients." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about friending, shown to clients." } }, "description": "Whether clients may friend or connect with the clinician on personal accounts." }, "following": { "type": "object", "additionalProperties": false, "properties": { "therapistFollowsClients": { "type": "boolean", "description": "true if the clinician follows clients on social media." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about following, shown to clients." } }, "description": "Whether the clinician follows clients online." }, "searchingClients": { "type": "object", "additionalProperties": false, "properties": { "allowed": { "type": "boolean", "description": "true if the clinician searches for clients online." }, "exceptions": { "$ref": "#/$defs/text", "description": "When a search may still happen, e.g. imminent safety concerns." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about searching, shown to clients." } }, "description": "Whether the clinician searches for clients online." }, "interacting": { "type": "object", "additionalProperties": false, "properties": { "publicReplies": { "enum": ["allowed", "discouraged", "not-allowed"], "description": "allowed, discouraged or not-allowed." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about public interaction, shown to clients." } }, "description": "Public replies and comments between clients and the clinician." }, "professionalPages": { "type": "array", "items": { "type": "object", "required": ["platform"], "additionalProperties": false, "properties": { "platform": { "type": "string", "description": "Platform, e.g. Facebook or Instagram." }, "url": { "type": "string", "description": "Link to the page." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about this page, shown to clients." }, "clientsMayFollow": { "type": "boolean", "description": `false: "if you are a client, please don't follow this page".`, "markdownDescription": "Whether clients may follow or fan the page.\n\n```yaml\n- { platform: Facebook, url: https://facebook.com/riverbend, clientsMayFollow: false, comments: closed }\n```" }, "comments": { "enum": ["open", "moderated", "closed"], "description": "Comments on the page: open, moderated or closed." } } }, "description": "The practice's professional pages or accounts." }, "reviewSites": { "type": "object", "additionalProperties": false, "properties": { "solicitTestimonials": { "type": "boolean", "description": "true if clients are asked for testimonials or reviews (not allowed by APA 5.05 and NASW 4.07)." }, "respondPublicly": { "type": "boolean", "description": "true if the clinician replies publicly to reviews." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about review sites, shown to clients." }, "publishTestimonials": { "type": "boolean", "description": "true if the practice publishes testimonials (not allowed in Australia)." } }, "description": "Review sites and testimonials." }, "encounters": { "$ref": "#/$defs/text", "description": "What happens if client and clinician meet online by chance." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about social media, shown to clients." } } };
    validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema76 = { "type": "object", "additionalProperties": false, "properties": { "electronicRisks": { "$ref": "#/$defs/text", "description": "The client's own privacy risks of e-mail and texts." }, "unencryptedConsent": { "enum": ["required", "not-needed"], "description": "required (clients consent to unencrypted channels) or not-needed (all channels secure)." }, "dataProtection": { "type": "object", "additionalProperties": false, "properties": { "encryption": { "$ref": "#/$defs/text", "description": "How devices and records are encrypted." }, "retention": { "$ref": "#/$defs/text", "description": "How long records are kept." }, "registration": { "type": "object", "required": ["authority"], "additionalProperties": false, "properties": { "authority": { "type": "string", "description": "The authority, e.g. ICO." }, "number": { "type": "string", "description": "Registration number, as a string." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about the registration, shown to clients." } }, "description": "Registration with a data-protection authority (ICO for UK data controllers)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about data protection, shown to clients." } }, "description": "How data is protected and where the practice is registered." }, "video": { "type": "object", "additionalProperties": false, "properties": { "platform": { "type": "string", "description": "Video platform, e.g. Doxy.me." }, "secure": { "type": "boolean", "description": "true if the platform is end-to-end encrypted or HIPAA-grade." }, "agreement": { "type": "string", "description": "Data-processing agreement with the platform (BAA, DPA)." }, "recording": { "enum": ["never", "with-consent", "always"], "description": "Whether sessions are recorded: never, with-consent or always.", "markdownDescription": "Whether sessions are recorded.\n\n```yaml\nvideo: { platform: Doxy.me, secure: true, recording: never }\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about video, shown to clients." } }, "description": "The video platform used for sessions." }, "records": { "$ref": "#/$defs/text", "description": "Whether messages become part of the clinical record, in words.", "markdownDescription": "Whether messages become part of the clinical record.\n\n```yaml\nrecords: Messages about your care become part of your clinical record.\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about privacy, shown to clients." } } };
    validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema85 = { "type": "object", "additionalProperties": false, "properties": { "channels": { "type": "array", "items": { "type": "string" }, "description": "Private ways to raise a concern, e.g. a contact form (a pseudonym is fine)." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about concerns, shown to clients." } } };
    validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema87 = { "type": "object", "additionalProperties": false, "properties": { "atIntake": { "type": "boolean", "description": "true if the policy is reviewed with each client at intake." }, "acknowledgement": { "enum": ["signed", "verbal", "none"], "description": "How clients acknowledge the policy: signed, verbal or none." }, "url": { "type": "string", "pattern": "^https?://[^\\s]+$", "description": "Web address where the policy is published." }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about sharing the policy, shown to clients." } } };
    pattern14 = new RegExp("^https?://[^\\s]+$", "u");
    validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema89 = { "type": "object", "additionalProperties": false, "properties": { "licensedIn": { "type": "array", "items": { "$ref": "#/$defs/jurisdiction" }, "description": "Jurisdictions where the clinician is licensed to practise (jurisdiction codes).", "markdownDescription": "Jurisdictions where the clinician is licensed to practise.\n\n```yaml\ntelehealth:\n  licensedIn: [US-CA, US-NV]\n```" }, "clientLocation": { "$ref": "#/$defs/text", "description": "Where the client needs to be during each session, in words.", "markdownDescription": "Where the client needs to be during each session.\n\n```yaml\nclientLocation: You need to be in California or Nevada during each session.\n```" }, "note": { "$ref": "#/$defs/text", "description": "Free-text note about telehealth, shown to clients." } } };
    validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    pattern11 = new RegExp("\\S", "u");
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validateConfig = validate52;
    schema93 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://clearframe.dev/schema/v1/config.schema.json", "title": "Clearframe linter configuration (clearframe.config.yaml)", "type": "object", "additionalProperties": false, "properties": { "extends": { "enum": ["recommended", "strict"], "description": "Preset: recommended (the catalog severities) or strict (every warning is an error)." }, "include": { "$ref": "#/$defs/globs", "description": "Globs of policy files to lint, relative to this file. Paths named on the command line are linted anyway.", "markdownDescription": 'Globs of policy files to lint, relative to this file.\n\n```yaml\ninclude: ["clinics/**/*.yaml", "policy.yaml"]\n```' }, "exclude": { "$ref": "#/$defs/globs", "description": "Globs of files to skip, relative to this file, e.g. drafts." }, "repository": { "type": "string", "pattern": "^https://[^\\s/]{1,253}(/[^\\s]{0,300})?$", "description": "Web address of the policy repository (https). Version histories link each published commit to it: <repository>/commit/<sha> (GitLab: /-/commit/, Bitbucket: /commits/).", "markdownDescription": "Web address of the policy repository, so that version histories link each published commit:\n\n```yaml\nrepository: https://github.com/riverbend/policies\n```" }, "rules": { "$ref": "#/$defs/rules", "description": "Rule levels and options: off, info, warning or error, or [level, { option: value }].", "markdownDescription": "Rule levels and options.\n\n```yaml\nrules:\n  policy-review-stale: [warning, { maxAgeDays: 180 }]\n  texting-stance: off\n```" }, "overrides": { "type": "array", "items": { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "$ref": "#/$defs/globs", "description": "Globs of the files this override applies to, relative to the config file." }, "rules": { "$ref": "#/$defs/rules", "description": "Rule levels and options for those files." } } }, "description": "Rule levels for some files only: each entry has files (globs) and rules.", "markdownDescription": 'Rule levels for some files only.\n\n```yaml\noverrides:\n  - files: ["clinics/uk-*/**"]\n    rules: { data-protection-registration: error }\n```' } }, "$defs": { "globs": { "type": "array", "items": { "type": "string", "pattern": "\\S" } }, "level": { "enum": ["off", "info", "warning", "error"] }, "rules": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/level" }, { "type": "array", "prefixItems": [{ "$ref": "#/$defs/level" }, { "type": "object" }], "minItems": 1, "items": false, "maxItems": 2 }] } } } };
    schema94 = { "type": "array", "items": { "type": "string", "pattern": "\\S" } };
    pattern18 = new RegExp("^https://[^\\s/]{1,253}(/[^\\s]{0,300})?$", "u");
    schema96 = { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/level" }, { "type": "array", "prefixItems": [{ "$ref": "#/$defs/level" }, { "type": "object" }], "minItems": 1, "items": false, "maxItems": 2 }] } };
    schema97 = { "enum": ["off", "info", "warning", "error"] };
    validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// node_modules/@clearframe/schema/dist/countries.js
var COUNTRY_CODES, COUNTRY_HINTS;
var init_countries = __esm({
  "node_modules/@clearframe/schema/dist/countries.js"() {
    COUNTRY_CODES = new Set(`AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
   GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
   KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
   MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
   SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
   UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/));
    COUNTRY_HINTS = { UK: "GB", EN: "GB", EL: "GR", SP: "ES" };
  }
});

// node_modules/@clearframe/schema/dist/facts.js
function anyCase(word) {
  return [...word].map((c) => /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c).join("");
}
function parseWithin(value) {
  if (typeof value !== "string" || !WITHIN.test(value))
    return void 0;
  const match = /^(\d+)(?:\s*[-–]\s*(\d+))?\s*(.+)$/.exec(value);
  const min = Number(match[1]);
  const max = match[2] === void 0 ? min : Number(match[2]);
  const word = match[3].toLowerCase();
  const unit = word.startsWith("h") ? "hours" : word.startsWith("business") || word.startsWith("working") ? "business-days" : "days";
  return { min, max, unit };
}
var SLUG_PATTERN, SLUG, JURISDICTION_PATTERN, JURISDICTION, WITHIN_PATTERN, WITHIN, EUROPEAN_112, EMERGENCY_NUMBERS, NATIONAL_EMERGENCY_NUMBERS, ASYNCHRONOUS_KINDS;
var init_facts = __esm({
  "node_modules/@clearframe/schema/dist/facts.js"() {
    SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";
    SLUG = new RegExp(SLUG_PATTERN);
    JURISDICTION_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
    JURISDICTION = new RegExp(JURISDICTION_PATTERN);
    WITHIN_PATTERN = "^[1-9][0-9]*(\\s*[-–]\\s*[1-9][0-9]*)?\\s*(" + [anyCase("h"), `${anyCase("hour")}[sS]?`, anyCase("d"), `${anyCase("day")}[sS]?`, `${anyCase("business")} ${anyCase("day")}[sS]?`, `${anyCase("working")} ${anyCase("day")}[sS]?`].join("|") + ")$";
    WITHIN = new RegExp(WITHIN_PATTERN);
    EUROPEAN_112 = [
      "AT",
      "BE",
      "BG",
      "CY",
      "CZ",
      "DE",
      "DK",
      "EE",
      "ES",
      "FI",
      "FR",
      "GR",
      "HR",
      "HU",
      "IT",
      "LT",
      "LU",
      "LV",
      "MT",
      "NL",
      "PL",
      "PT",
      "RO",
      "SE",
      "SI",
      "SK",
      "IS",
      "LI",
      "NO"
    ];
    EMERGENCY_NUMBERS = new Map([
      ["US", ["911"]],
      ["CA", ["911"]],
      ["GB", ["999", "112"]],
      ["IE", ["112", "999"]],
      ["AU", ["000", "112"]],
      ["NZ", ["111"]],
      ...EUROPEAN_112.map((country) => [country, ["112"]])
    ]);
    NATIONAL_EMERGENCY_NUMBERS = /* @__PURE__ */ new Map([
      ["911", { countries: ["US", "CA"], where: "the US and Canada" }],
      ["999", { countries: ["GB", "IE"], where: "the UK and Ireland" }],
      ["000", { countries: ["AU"], where: "Australia" }]
    ]);
    ASYNCHRONOUS_KINDS = ["email", "sms", "secure-messaging", "portal", "web-form"];
  }
});

// node_modules/@clearframe/schema/dist/validate.js
function validatePolicyFile(file) {
  const problems = [...schemaProblems(validatePolicy, file), ...impossibleDates(file), ...unknownCountries(file), ...reversedRanges(file), ...unstorableText(file)];
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
function validateConfigFile(file) {
  return schemaProblems(validateConfig, file);
}
function schemaProblems(validate, file) {
  if (validate(file.value))
    return [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate.errors ?? []) {
    if (error.keyword === "if" || error.keyword === "anyOf")
      continue;
    const problem = describe(error, file);
    const key = `${problem.pointer}\0${problem.message}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
function describe(error, file) {
  const p = error.params;
  if (error.keyword === "additionalProperties") {
    const key = String(p.additionalProperty);
    const pointer = `${error.instancePath}/${escape(key)}`;
    const known = Object.keys(error.parentSchema?.properties ?? {});
    const suggestion = didYouMean(key, known);
    let message = `unknown field "${key}"${where(error.instancePath)}`;
    if (suggestion)
      message += ` — did you mean "${suggestion}"?`;
    else if (valueAt(file.value, pointer) === null && inFlowMap(file, pointer)) {
      message += " — an unquoted comma inside { … } starts a new key; quote the value that contains the comma";
    } else if (known.length > 0 && known.length <= 12)
      message += ` (allowed: ${known.join(", ")})`;
    return { ...at(file, pointer, message), unknownKey: true };
  }
  if (error.keyword === "required") {
    const field = String(p.missingProperty);
    return { ...at(file, error.instancePath, `missing required field "${field}"${where(error.instancePath)}`, `${error.instancePath}/${escape(field)}`), missing: true };
  }
  const name = fieldName(error.instancePath);
  const value = error.data;
  switch (error.keyword) {
    case "type": {
      const expected = String(p.type);
      if (expected === "boolean") {
        const yesNo = typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value);
        return at(file, error.instancePath, `${name} must be true or false${yesNo ? ` — use true or false, not "${value}" (YAML 1.2 has no yes/no booleans)` : `, not ${describeValue(value)}`}`);
      }
      if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
        const written = sourceText(file, error.instancePath) ?? String(value);
        return at(file, error.instancePath, `${name} must be a string — quote it: "${written}"${typeof value === "number" && written !== String(value) ? ` (unquoted, it reads as the number ${value})` : ""}`);
      }
      return at(file, error.instancePath, `${name} must be ${article(expected)}, not ${describeValue(value)}`);
    }
    case "enum": {
      const allowed = p.allowedValues.map((v) => JSON.stringify(v)).join(", ");
      const hint = typeof value === "string" ? didYouMean(value, p.allowedValues.map(String)) : void 0;
      return at(file, error.instancePath, `${name} is ${describeValue(value)}; allowed: ${allowed}${hint ? ` — did you mean "${hint}"?` : ""}`);
    }
    case "const":
      return at(file, error.instancePath, `${name} must be ${JSON.stringify(p.allowedValue)}, not ${describeValue(value)}`);
    case "pattern":
      return at(file, error.instancePath, `${name} is ${describeValue(value)}; ${PATTERN_HINTS[lastSegment(error.instancePath)] ?? patternHint(error)}`);
    case "maxItems":
    case "minItems":
    case "uniqueItems":
    default:
      return at(file, error.instancePath, `${name} ${error.message ?? "is not valid"}`);
  }
}
function patternHint(error) {
  return `it must match ${String(error.params.pattern)}`;
}
function impossibleDates(file) {
  const problems = [];
  const metadata = file.value?.metadata;
  for (const field of ["effective", "reviewed"]) {
    const value = metadata?.[field];
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      continue;
    if (!isCalendarDate(value))
      problems.push(at(file, `/metadata/${field}`, `"${field}" is "${value}", which is not a real calendar date`));
  }
  return problems;
}
function unknownCountries(file) {
  const metadata = file.value?.metadata;
  const problems = [];
  const check = (value, pointer) => {
    if (typeof value !== "string" || !/^[A-Z]{2}(-|$)/.test(value))
      return;
    const country = value.slice(0, 2);
    if (COUNTRY_CODES.has(country))
      return;
    const hint = COUNTRY_HINTS[country];
    problems.push(at(file, pointer, `"jurisdiction" is "${value}", which does not start with an ISO 3166-1 country code${hint ? ` — "${country}" is not a code; use "${hint}"` : ""}`));
  };
  check(metadata?.jurisdiction, "/metadata/jurisdiction");
  check(metadata?.clinician?.license?.jurisdiction, "/metadata/clinician/license/jurisdiction");
  const licensedIn = file.value?.spec?.telehealth?.licensedIn;
  if (Array.isArray(licensedIn))
    licensedIn.forEach((value, index) => check(value, `/spec/telehealth/licensedIn/${index}`));
  return problems;
}
function reversedRanges(file) {
  const spec = file.value?.spec;
  const fields = [[spec?.turnaround?.within, "/spec/turnaround/within"]];
  const methods = spec?.contact?.methods;
  if (Array.isArray(methods)) {
    methods.forEach((method, index) => fields.push([method?.turnaround?.within, `/spec/contact/methods/${index}/turnaround/within`]));
  }
  return fields.flatMap(([value, pointer]) => {
    const duration = parseWithin(value);
    if (!duration || duration.min < duration.max || !/[-–]/.test(String(value)))
      return [];
    const written = String(value);
    const fix = duration.min === duration.max ? written.replace(/^\d+\s*[-–]\s*/, "") : written.replace(/^(\d+)(\s*[-–]\s*)(\d+)/, "$3$2$1");
    return [at(file, pointer, `"within" is "${written}"; a range names the smaller number first: write "${fix}"`)];
  });
}
function unstorableText(file) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const visit3 = (node, segments) => {
    if (typeof node === "string") {
      const reason = unstorable(node);
      if (reason)
        problems.push(at(file, toPointer(segments), `${segments.length ? `"${segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? segments.at(-1)}"` : "the document"} contains ${reason}, which cannot be stored: remove it`));
      return;
    }
    if (node === null || typeof node !== "object" || seen.has(node))
      return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      const reason = unstorable(key);
      if (reason)
        problems.push(at(file, toPointer([...segments, key]), `a key${segments.length ? ` in ${segments.join(".")}` : ""} contains ${reason}, which cannot be stored: rename it`));
      else
        visit3(value, [...segments, key]);
    }
  };
  visit3(file.value, []);
  return problems;
}
function unstorable(text) {
  if (text.includes("\0"))
    return "a NUL character (\\0)";
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    return "an unpaired UTF-16 surrogate (such as \\uD800)";
  return void 0;
}
function isCalendarDate(value) {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function at(file, locatePointer, message, pointer = locatePointer) {
  const { line, column } = locate(file, locatePointer);
  return { line, column, pointer, message };
}
function valueAt(root, pointer) {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment))
      return void 0;
    node = node[segment];
  }
  return node;
}
function escape(segment) {
  return toPointer([segment]).slice(1);
}
function lastSegment(pointer) {
  const segments = pointerSegments(pointer);
  const last = segments.at(-1) ?? "";
  return /^\d+$/.test(last) ? segments.at(-2) ?? "" : last;
}
function fieldName(pointer) {
  const segments = pointerSegments(pointer);
  if (segments.length === 0)
    return "the document";
  return `"${segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? segments.at(-1)}"`;
}
function where(pointer) {
  return pointer === "" ? " at the top level" : ` in ${pointerSegments(pointer).join(".")}`;
}
function article(type) {
  return { object: "a mapping (key: value pairs)", array: "a list", string: "a string", number: "a number", integer: "a whole number", null: "empty" }[type] ?? type;
}
function describeValue(value) {
  if (value === null)
    return "empty";
  if (Array.isArray(value))
    return "a list";
  if (typeof value === "object")
    return "a mapping";
  return JSON.stringify(value);
}
function didYouMean(input, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === lower ? 0 : levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(input.length, 3) / 3));
  return bestDistance <= limit ? best : void 0;
}
function levenshtein(a, b) {
  if (Math.abs(a.length - b.length) > 5)
    return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
var PATTERN_HINTS;
var init_validate = __esm({
  "node_modules/@clearframe/schema/dist/validate.js"() {
    init_validators();
    init_countries();
    init_facts();
    init_parse();
    PATTERN_HINTS = {
      within: 'write a reply time such as "24h", "2d", "48 hours", "2 business days", or a range such as "24-48h" or "1-2 working days"',
      licensedIn: 'use ISO 3166-1 alpha-2 country codes, optionally with a subdivision: "US-CA", "GB", "AU-NSW" ("UK" is not a code; use "GB")',
      jurisdiction: 'use an ISO 3166-1 alpha-2 country code, optionally with a subdivision: "US-CA", "GB", "AU-NSW" ("UK" is not a code; use "GB")',
      language: 'use a BCP 47 language tag such as "en", "en-GB" or "es"',
      effective: "write the date as YYYY-MM-DD",
      reviewed: "write the date as YYYY-MM-DD",
      id: 'use lower-case letters, digits and dashes (at most 100 characters), e.g. "jane-rivera"',
      clinic: 'use lower-case letters, digits and dashes, e.g. "riverbend"',
      url: "use a full web address starting with https://",
      repository: `use the repository's web address starting with https://, e.g. "https://github.com/riverbend/policies"`,
      extends: "name a relative path to a ClinicDefaults file"
    };
  }
});

// node_modules/@clearframe/schema/dist/extends.js
import { posix } from "node:path";
async function resolveExtends(file, { load, root, display: display3 = (path) => path }) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set([posix.normalize(file.path)]);
  let current = file;
  while (typeof current.value.extends === "string") {
    const written = current.value.extends;
    const target = posix.normalize(posix.join(posix.dirname(current.path), written));
    const via = current === file ? "" : ` (via ${display3(current.path)})`;
    const fail = (message) => ({ problems: [problemOnExtends(file, message + via)] });
    const relative8 = posix.relative(root, target);
    if (relative8 === ".." || relative8.startsWith("../") || posix.isAbsolute(relative8))
      return fail(`extends target "${written}" is outside the repository`);
    if (seen.has(target))
      return fail(`extends cycle: ${[...seen, target].map(display3).join(" → ")}`);
    if (chain.length >= MAX_CHAIN)
      return fail(`extends chain is longer than ${MAX_CHAIN} files`);
    seen.add(target);
    let loaded;
    try {
      loaded = await load(target);
    } catch (error) {
      return fail(`extends target "${written}" cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!loaded)
      return fail(`extends target "${written}" does not exist (looked for ${display3(target)})`);
    if (!loaded.file || loaded.problems.length > 0) {
      const n = loaded.problems.length;
      return fail(`extends target ${display3(target)} has ${n} schema problem${n === 1 ? "" : "s"}; fix that file first`);
    }
    const kind = loaded.file.value.kind;
    if (kind !== "ClinicDefaults")
      return fail(`extends target ${display3(target)} is not a ClinicDefaults file (its kind is ${JSON.stringify(kind)})`);
    chain.push(loaded.file);
    current = loaded.file;
  }
  return { policy: merge(file, chain), problems: [] };
}
function problemOnExtends(file, message) {
  const { line, column } = locate(file, "/extends");
  return { line, column, pointer: "/extends", message };
}
function merge(file, chain) {
  const own = file.value;
  if (chain.length === 0)
    return { file, value: own, chain, origin: (pointer) => ({ file, pointer }) };
  const origins = /* @__PURE__ */ new Map();
  let value = {};
  for (const layer of [...chain].reverse().concat(file)) {
    const { apiVersion: _a, kind: _k, extends: _e, ...content } = layer.value;
    value = mergeValue(value, content, "", layer, origins);
  }
  const merged = { apiVersion: own.apiVersion, kind: own.kind, ...own.extends === void 0 ? {} : { extends: own.extends }, ...value };
  return { file, value: merged, chain, origin: (pointer) => originOf(origins, pointer, file) };
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function byId(list) {
  return list.every((item) => isPlainObject(item) && typeof item.id === "string");
}
function child(pointer, key) {
  return pointer + toPointer([key]);
}
function mergeValue(base, over, pointer, layer, origins) {
  if (isPlainObject(base) && isPlainObject(over)) {
    for (const key of Object.keys(base))
      if (!Object.hasOwn(over, key))
        pin(origins, child(pointer, key));
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
      out[key] = Object.hasOwn(base, key) ? mergeValue(base[key], value, child(pointer, key), layer, origins) : claim(origins, child(pointer, key), layer, child(pointer, key), value);
    }
    origins.set(pointer, { file: layer, pointer });
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over) && base.length > 0 && over.length > 0 && byId(base) && byId(over)) {
    base.forEach((_, index) => pin(origins, child(pointer, index)));
    const out = [...base];
    over.forEach((item, index) => {
      const existing = out.findIndex((b) => b.id === item.id);
      const target = existing === -1 ? out.length : existing;
      out[target] = item;
      claim(origins, child(pointer, target), layer, child(pointer, index), item);
    });
    origins.set(pointer, { file: layer, pointer });
    return out;
  }
  return claim(origins, pointer, layer, pointer, over);
}
function claim(origins, pointer, layer, sourcePointer, value) {
  clearBelow(origins, pointer);
  origins.set(pointer, { file: layer, pointer: sourcePointer });
  return value;
}
function pin(origins, pointer) {
  if (!origins.has(pointer))
    origins.set(pointer, originOf(origins, pointer));
}
function clearBelow(origins, pointer) {
  const prefix = pointer + "/";
  for (const key of origins.keys())
    if (key.startsWith(prefix))
      origins.delete(key);
}
function originOf(origins, pointer, fallback) {
  let prefix = pointer;
  for (; ; ) {
    const hit = origins.get(prefix);
    if (hit)
      return { file: hit.file, pointer: hit.pointer + pointer.slice(prefix.length) };
    if (prefix === "") {
      if (!fallback)
        throw new Error(`no origin recorded for ${pointer}`);
      return { file: fallback, pointer };
    }
    prefix = prefix.slice(0, prefix.lastIndexOf("/"));
  }
}
var MAX_CHAIN;
var init_extends = __esm({
  "node_modules/@clearframe/schema/dist/extends.js"() {
    init_parse();
    MAX_CHAIN = 8;
  }
});

// node_modules/@clearframe/schema/dist/load.js
function loadPolicySource(path, source) {
  let text;
  if (typeof source === "string") {
    text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
    if (text.includes("\0"))
      return { problems: [{ line: 1, column: 1, pointer: "", message: "file contains NUL characters: it looks binary, not YAML" }] };
  } else {
    const decoded = decodeSource(source);
    if ("problem" in decoded)
      return { problems: [decoded.problem] };
    text = decoded.text;
  }
  const parsed = parseYaml(text, path);
  if (!parsed.file || parsed.problems.length > 0 || parsed.file.value === void 0)
    return parsed;
  return { file: parsed.file, problems: validatePolicyFile(parsed.file) };
}
var init_load = __esm({
  "node_modules/@clearframe/schema/dist/load.js"() {
    init_parse();
    init_validate();
  }
});

// node_modules/@clearframe/schema/dist/index.js
var policySchemaPath;
var init_dist = __esm({
  "node_modules/@clearframe/schema/dist/index.js"() {
    init_types();
    init_parse();
    init_validate();
    init_facts();
    init_extends();
    init_load();
    policySchemaPath = new URL("./policy.schema.json", import.meta.url);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth2 = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth2(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth2(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth2 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth2++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth2;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix5 });
        const result = { glob: glob2, state, regex, posix: posix5, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix5 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// packages/linter/src/rule.ts
function defineRule(rule) {
  return { ...rule, meta: { scope: "policy", ...rule.meta, docsUrl: `${DOCS_BASE}${rule.meta.id}.md` } };
}
function renderMessage(meta, messageId, data = {}) {
  const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : void 0;
  if (template === void 0) throw new Error(`rule "${meta.id}" reported message "${messageId}", which its meta.messages does not declare`);
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (_, name) => {
    if (!Object.hasOwn(data, name)) throw new Error(`rule "${meta.id}" message "${messageId}" needs {{${name}}}, but the report gave no "${name}"`);
    return String(data[name]);
  });
}
function optionDefaults(meta) {
  return Object.fromEntries(Object.entries(meta.options?.properties ?? {}).map(([name, option]) => [name, option.default]));
}
function hasText(value) {
  return typeof value === "string" && value.trim().length > 0;
}
var DOCS_BASE;
var init_rule = __esm({
  "packages/linter/src/rule.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/clearframe/clearframe/blob/main/packages/linter/docs/rules/";
  }
});

// packages/linter/src/rules/between-sessions.ts
var between_sessions_default;
var init_between_sessions = __esm({
  "packages/linter/src/rules/between-sessions.ts"() {
    "use strict";
    init_rule();
    between_sessions_default = defineRule({
      meta: {
        id: "between-sessions",
        severity: "info",
        description: "Require a statement on whether and how clients can reach you between sessions (contact.betweenSessions).",
        source: "Balick",
        messages: {
          noBetweenSessions: "the policy does not say whether clients can reach you between sessions: add contact.betweenSessions, e.g. that messages are for scheduling and therapy happens in session"
        }
      },
      check({ spec, report: report3 }) {
        if (!hasText(spec.contact?.betweenSessions)) {
          report3("/spec/contact/betweenSessions", "noBetweenSessions");
        }
      }
    });
  }
});

// packages/linter/src/rules/concern-channel.ts
var concern_channel_default;
var init_concern_channel = __esm({
  "packages/linter/src/rules/concern-channel.ts"() {
    "use strict";
    init_rule();
    concern_channel_default = defineRule({
      meta: {
        id: "concern-channel",
        severity: "info",
        description: "Require at least one private channel for raising concerns (concerns.channels).",
        source: "NASW 2017",
        messages: {
          noPrivateChannel: "the policy gives clients no private way to raise a concern: add concerns.channels, e.g. a contact form where a pseudonym is fine, so a complaint need not become a public review"
        }
      },
      check({ spec, report: report3 }) {
        if (!(spec.concerns?.channels ?? []).some(hasText)) {
          report3("/spec/concerns/channels", "noPrivateChannel");
        }
      }
    });
  }
});

// packages/linter/src/rules/contact-by-need.ts
var NEEDS, contact_by_need_default;
var init_contact_by_need = __esm({
  "packages/linter/src/rules/contact-by-need.ts"() {
    "use strict";
    init_rule();
    NEEDS = [
      { route: "administrative", need: "scheduling, cancellations and billing" },
      { route: "clinical", need: "check-ins, homework or journaling between sessions (or that these wait for the session)" }
    ];
    contact_by_need_default = defineRule({
      meta: {
        id: "contact-by-need",
        severity: "warning",
        description: "Require an administrative and a clinical route saying which contact method to use for each need.",
        source: "PCT 2",
        messages: {
          noRoute: "no {{route}} route: add contact.routes.{{route}} saying which method clients should use for {{need}}",
          routeNamesNoMethod: "the {{route}} route names no method and has no note: add via or a note saying which method clients should use for {{need}}"
        }
      },
      check({ spec, report: report3 }) {
        for (const { route, need } of NEEDS) {
          const found = spec.contact?.routes?.[route];
          const path = `/spec/contact/routes/${route}`;
          if (!found) {
            report3(path, "noRoute", { route, need });
          } else if ((found.via ?? []).length === 0 && !hasText(found.note)) {
            report3(path, "routeNamesNoMethod", { route, need });
          }
        }
      }
    });
  }
});

// packages/linter/src/rules/util.ts
function isOffered(method) {
  return method.offered !== false;
}
function offeredVia(spec, via) {
  const methods = spec.contact?.methods ?? [];
  return (via ?? []).flatMap((id) => methods.filter((m) => m.id === id && isOffered(m)));
}
function offeredMethods(spec, kinds) {
  const methods = spec.contact?.methods;
  if (!Array.isArray(methods)) return [];
  return methods.flatMap(
    (method, index) => typeof method === "object" && method !== null && isOffered(method) && kinds.includes(method.kind) ? [{ method, pointer: `/spec/contact/methods/${index}` }] : []
  );
}
function offeredAsynchronousMethods(spec) {
  return offeredMethods(spec, ASYNCHRONOUS_KINDS);
}
var KIND_LABEL;
var init_util = __esm({
  "packages/linter/src/rules/util.ts"() {
    "use strict";
    init_facts();
    KIND_LABEL = {
      phone: "phone",
      sms: "text messages",
      email: "e-mail",
      "secure-messaging": "secure messaging app",
      video: "video",
      portal: "client portal",
      "web-form": "web form",
      "social-media": "social media",
      "in-person": "in person"
    };
  }
});

// packages/linter/src/rules/contact-method-details.ts
var ADDRESS_EXAMPLE, contact_method_details_default;
var init_contact_method_details = __esm({
  "packages/linter/src/rules/contact-method-details.ts"() {
    "use strict";
    init_rule();
    init_util();
    ADDRESS_EXAMPLE = {
      phone: "the phone number",
      sms: "the number to text",
      email: "the e-mail address",
      "secure-messaging": "your username or invitation link in the app",
      video: "the meeting link",
      portal: "the portal link",
      "web-form": "the link to the form",
      "social-media": "the account name or page link"
    };
    contact_method_details_default = defineRule({
      meta: {
        id: "contact-method-details",
        severity: "warning",
        description: "Require every offered contact method to give its address (number, e-mail address, username or link) or say where clients get it (addressProvided).",
        source: "PCT 1",
        messages: {
          noAddress: `contact method "{{id}}" ({{kind}}) is offered but has no address: add {{example}}, say where clients get it (addressProvided: at-intake, on-request, in-portal or on-website), or set offered: false if you don't use it`
        }
      },
      check({ spec, report: report3 }) {
        for (const { method, pointer } of offeredMethods(spec, Object.keys(ADDRESS_EXAMPLE))) {
          if (hasText(method.address) || method.addressProvided !== void 0) continue;
          const kind = method.kind;
          report3(`${pointer}/address`, "noAddress", { id: method.id, kind: KIND_LABEL[kind], example: ADDRESS_EXAMPLE[kind] });
        }
      }
    });
  }
});

// packages/linter/src/rules/crisis-number-jurisdiction.ts
var crisis_number_jurisdiction_default;
var init_crisis_number_jurisdiction = __esm({
  "packages/linter/src/rules/crisis-number-jurisdiction.ts"() {
    "use strict";
    init_facts();
    init_rule();
    crisis_number_jurisdiction_default = defineRule({
      meta: {
        id: "crisis-number-jurisdiction",
        severity: "warning",
        description: "Enforce that crisis contacts include the emergency number of the policy's country and no other country's.",
        source: "—",
        messages: {
          noEmergencyNumber: 'the crisis contacts have no emergency number for {{jurisdiction}} ({{expected}}): add one, e.g. { name: Emergency services, number: "{{first}}", kind: emergency }',
          foreignEmergencyNumber: "{{number}} is an emergency number in {{where}}, not in {{jurisdiction}}: clients there should call {{expected}}"
        }
      },
      check({ policy, spec, report: report3 }) {
        const contacts = spec.contact?.routes?.crisis?.contacts;
        const jurisdiction = policy.metadata?.jurisdiction;
        if (!contacts || !jurisdiction) return;
        const country = jurisdiction.split("-")[0];
        const expected = EMERGENCY_NUMBERS.get(country);
        if (!expected) return;
        const either = expected.join(" or ");
        const numbers = contacts.map((contact) => contact.number?.trim() ?? "");
        if (!numbers.some((n) => expected.includes(n))) {
          report3("/spec/contact/routes/crisis/contacts", "noEmergencyNumber", { jurisdiction, expected: either, first: expected[0] });
        }
        numbers.forEach((number, index) => {
          const national = NATIONAL_EMERGENCY_NUMBERS.get(number);
          if (!national || national.countries.includes(country)) return;
          report3(`/spec/contact/routes/crisis/contacts/${index}/number`, "foreignEmergencyNumber", { number, where: national.where, jurisdiction, expected: either });
        });
      }
    });
  }
});

// packages/linter/src/rules/crisis-number-outdated.ts
function dialled(number) {
  return [...number.toUpperCase()].map((c) => KEYPAD[c] ?? c).join("").replace(/\D/g, "");
}
function retired(number) {
  const digits = dialled(number);
  return RETIRED.find((r) => digits === r.digits || digits === `${r.country}${r.digits}` || digits === `0${r.digits}` || digits === `00${r.country}${r.digits}`);
}
var RETIRED, KEYPAD, crisis_number_outdated_default;
var init_crisis_number_outdated = __esm({
  "packages/linter/src/rules/crisis-number-outdated.ts"() {
    "use strict";
    init_rule();
    RETIRED = [
      { digits: "8002738255", country: "1", what: "the US National Suicide Prevention Lifeline number, retired when the Lifeline moved to 988 in July 2022", instead: "the 988 Suicide & Crisis Lifeline (call or text)", number: "988" },
      { digits: "8457909090", country: "44", what: "the Samaritans' old 08457 number, replaced by the free number 116 123", instead: "Samaritans on 116 123", number: "116 123" }
    ];
    KEYPAD = Object.fromEntries(
      ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"].flatMap((letters, i) => [...letters].map((letter) => [letter, String(i + 2)]))
    );
    crisis_number_outdated_default = defineRule({
      meta: {
        id: "crisis-number-outdated",
        severity: "warning",
        description: "Disallow retired crisis numbers in crisis contacts (1-800-273-8255 before 988, Samaritans 08457 90 90 90 before 116 123).",
        source: "—",
        messages: {
          retiredNumber: '{{number}} is {{what}}: give clients the current number, {{instead}}: number: "{{current}}"'
        }
      },
      check({ spec, report: report3 }) {
        const contacts = spec.contact?.routes?.crisis?.contacts;
        if (!Array.isArray(contacts)) return;
        contacts.forEach((contact, index) => {
          const number = typeof contact === "object" && contact !== null ? contact.number : void 0;
          if (typeof number !== "string") return;
          const old = retired(number);
          if (!old) return;
          report3(`/spec/contact/routes/crisis/contacts/${index}/number`, "retiredNumber", { number: number.trim(), what: old.what, instead: old.instead, current: old.number });
        });
      }
    });
  }
});

// packages/linter/src/rules/crisis-route-actionable.ts
var crisis_route_actionable_default;
var init_crisis_route_actionable = __esm({
  "packages/linter/src/rules/crisis-route-actionable.ts"() {
    "use strict";
    init_rule();
    init_util();
    crisis_route_actionable_default = defineRule({
      meta: {
        id: "crisis-route-actionable",
        severity: "error",
        description: "Require a crisis route to give clients something to act on: a contact with a number or link, or an offered contact method.",
        source: "PCT 2, ACA H.2",
        messages: {
          nowhereToTurn: "the crisis route gives clients nowhere to turn: add a crisis line or the emergency number (with its number) under crisis contacts, or an offered method under via"
        }
      },
      check({ spec, report: report3 }) {
        const crisis = spec.contact?.routes?.crisis;
        if (!crisis || !hasText(crisis.instructions) && (crisis.contacts ?? []).length === 0) return;
        if ((crisis.contacts ?? []).some((contact) => hasText(contact.number) || hasText(contact.url))) return;
        if (offeredVia(spec, crisis.via).length > 0) return;
        report3("/spec/contact/routes/crisis", "nowhereToTurn");
      }
    });
  }
});

// packages/linter/src/rules/crisis-route-async-only.ts
var ASYNCHRONOUS, crisis_route_async_only_default;
var init_crisis_route_async_only = __esm({
  "packages/linter/src/rules/crisis-route-async-only.ts"() {
    "use strict";
    init_facts();
    init_rule();
    init_util();
    ASYNCHRONOUS = new Set(ASYNCHRONOUS_KINDS);
    crisis_route_async_only_default = defineRule({
      meta: {
        id: "crisis-route-async-only",
        severity: "error",
        description: "Disallow a crisis route that relies only on e-mail, text or other message-based methods without a crisis or emergency number.",
        source: "PCT, NASW",
        messages: {
          onlyAsynchronous: "in a crisis, clients are sent only to messages that may not be read in time ({{methods}}) and there is no crisis or emergency number: add a crisis line or emergency number under crisis contacts"
        }
      },
      check({ spec, report: report3 }) {
        const crisis = spec.contact?.routes?.crisis;
        if (!crisis) return;
        if ((crisis.contacts ?? []).some((contact) => hasText(contact.number))) return;
        const usable = offeredVia(spec, crisis.via);
        if (usable.length === 0 || !usable.every((m) => ASYNCHRONOUS.has(m.kind))) return;
        const names = usable.map((m) => `"${m.id}"`).join(", ");
        report3("/spec/contact/routes/crisis/via", "onlyAsynchronous", { methods: names });
      }
    });
  }
});

// packages/linter/src/rules/crisis-route-required.ts
var crisis_route_required_default;
var init_crisis_route_required = __esm({
  "packages/linter/src/rules/crisis-route-required.ts"() {
    "use strict";
    init_rule();
    crisis_route_required_default = defineRule({
      meta: {
        id: "crisis-route-required",
        severity: "error",
        description: "Require a crisis route (contact.routes.crisis) with instructions or crisis contacts.",
        source: "PCT 2",
        messages: {
          noCrisisRoute: "no crisis route: tell clients where to go in a crisis (contact.routes.crisis with instructions and contacts)",
          emptyCrisisRoute: "the crisis route has neither instructions nor contacts: add what to do and whom to call"
        }
      },
      check({ spec, report: report3 }) {
        const crisis = spec.contact?.routes?.crisis;
        if (!crisis) {
          report3("/spec/contact/routes/crisis", "noCrisisRoute");
        } else if (!hasText(crisis.instructions) && (crisis.contacts ?? []).length === 0) {
          report3("/spec/contact/routes/crisis", "emptyCrisisRoute");
        }
      }
    });
  }
});

// packages/linter/src/rules/data-protection-registration.ts
var data_protection_registration_default;
var init_data_protection_registration = __esm({
  "packages/linter/src/rules/data-protection-registration.ts"() {
    "use strict";
    init_rule();
    data_protection_registration_default = defineRule({
      meta: {
        id: "data-protection-registration",
        severity: "warning",
        description: "Require a data-protection registration (privacy.dataProtection.registration) for practices in the United Kingdom (GB).",
        source: "Balick (ICO)",
        messages: {
          noRegistration: "a practice in {{jurisdiction}} that keeps client records usually has to register with the Information Commissioner's Office (ICO): register, then add privacy.dataProtection.registration, e.g. { authority: ICO, number: ZA123456 }"
        }
      },
      check({ policy, spec, report: report3 }) {
        const jurisdiction = policy.metadata?.jurisdiction ?? "";
        if (jurisdiction !== "GB" && !jurisdiction.startsWith("GB-")) return;
        if (!spec.privacy?.dataProtection?.registration) {
          report3("/spec/privacy/dataProtection/registration", "noRegistration", { jurisdiction });
        }
      }
    });
  }
});

// packages/linter/src/rules/disable-without-reason.ts
var disable_without_reason_default;
var init_disable_without_reason = __esm({
  "packages/linter/src/rules/disable-without-reason.ts"() {
    "use strict";
    init_rule();
    disable_without_reason_default = defineRule({
      meta: {
        id: "disable-without-reason",
        severity: "error",
        description: 'Require a reason ("-- why") on every clearframe-disable comment.',
        source: "—",
        messages: {
          noReason: 'clearframe-disable-{{kind}} needs a reason: add " -- <why this is fine>" after the rule ids'
        },
        scope: "engine"
      }
    });
  }
});

// packages/linter/src/rules/duplicate-id.ts
var duplicate_id_default;
var init_duplicate_id = __esm({
  "packages/linter/src/rules/duplicate-id.ts"() {
    "use strict";
    init_dist();
    init_rule();
    duplicate_id_default = defineRule({
      meta: {
        id: "duplicate-id",
        severity: "error",
        description: "Disallow two policies with the same clinic and id, and two contact methods with the same id.",
        source: "—",
        messages: {
          duplicateMethodId: 'contact method id "{{id}}" is already used on line {{firstLine}}; give each method its own id',
          duplicatePolicyId: 'policy id is used more than once in clinic "{{clinic}}": also in {{others}}',
          duplicateUnscopedPolicyId: "policy id is used more than once among policies with no clinic: also in {{others}}"
        }
      },
      checkFile({ file, report: report3 }) {
        const methods = file.value?.spec?.contact?.methods;
        if (!Array.isArray(methods)) return;
        const first = /* @__PURE__ */ new Map();
        methods.forEach((method, index) => {
          const id = method?.id;
          if (typeof id !== "string") return;
          const earlier = first.get(id);
          if (earlier === void 0) return void first.set(id, index);
          const firstLine = locate(file, toPointer(["spec", "contact", "methods", earlier, "id"])).line;
          report3(toPointer(["spec", "contact", "methods", index, "id"]), "duplicateMethodId", { id, firstLine });
        });
      },
      checkProject({ policies, report: report3 }) {
        const byKey = /* @__PURE__ */ new Map();
        for (const policy of policies) {
          const key = `${policy.clinic}\0${policy.id}`;
          const same = byKey.get(key);
          if (same) same.push(policy);
          else byKey.set(key, [policy]);
        }
        for (const same of byKey.values()) {
          if (same.length < 2) continue;
          for (const policy of same) {
            const others = same.filter((p) => p !== policy).map((p) => p.filePath);
            if (policy.clinic === "") report3(policy, "/metadata/id", "duplicateUnscopedPolicyId", { others: others.join(", ") });
            else report3(policy, "/metadata/id", "duplicatePolicyId", { clinic: policy.clinic, others: others.join(", ") });
          }
        }
      }
    });
  }
});

// packages/linter/src/rules/faster-reply-disclaimer.ts
var faster_reply_disclaimer_default;
var init_faster_reply_disclaimer = __esm({
  "packages/linter/src/rules/faster-reply-disclaimer.ts"() {
    "use strict";
    init_rule();
    faster_reply_disclaimer_default = defineRule({
      meta: {
        id: "faster-reply-disclaimer",
        severity: "warning",
        description: "Require stating that replies faster than the turnaround time are not guaranteed (turnaround.fasterRepliesNotGuaranteed: true).",
        source: "PCT 3",
        messages: {
          disclaimerFalse: "fasterRepliesNotGuaranteed is false, which tells clients to expect quick replies: set it to true so that an occasional fast answer is not taken as a promise",
          noDisclaimer: "the policy doesn't say that a quick reply now and then is not a promise: add turnaround.fasterRepliesNotGuaranteed: true"
        }
      },
      check({ spec, report: report3 }) {
        const turnaround = spec.turnaround;
        if (!turnaround || hasText(turnaround.schedule) && !hasText(turnaround.within)) return;
        const value = turnaround.fasterRepliesNotGuaranteed;
        if (value === true) return;
        const path = "/spec/turnaround/fasterRepliesNotGuaranteed";
        if (value === false) {
          report3(path, "disclaimerFalse");
        } else {
          report3(path, "noDisclaimer");
        }
      }
    });
  }
});

// packages/linter/src/rules/following-clients.ts
var following_clients_default;
var init_following_clients = __esm({
  "packages/linter/src/rules/following-clients.ts"() {
    "use strict";
    init_rule();
    following_clients_default = defineRule({
      meta: {
        id: "following-clients",
        severity: "warning",
        description: "Disallow following clients on social media (following.therapistFollowsClients: true).",
        source: "NASW 2017",
        messages: {
          followsClients: "the policy says you follow clients on social media: a follow is visible to others and can reveal who your clients are; set therapistFollowsClients: false"
        }
      },
      check({ spec, report: report3 }) {
        if (spec.socialMedia?.following?.therapistFollowsClients === true) {
          report3("/spec/socialMedia/following/therapistFollowsClients", "followsClients");
        }
      }
    });
  }
});

// packages/linter/src/rules/friending-confidentiality.ts
var friending_confidentiality_default;
var init_friending_confidentiality = __esm({
  "packages/linter/src/rules/friending-confidentiality.ts"() {
    "use strict";
    init_rule();
    friending_confidentiality_default = defineRule({
      meta: {
        id: "friending-confidentiality",
        severity: "error",
        description: "Require a confidentialityNote when friending clients is allowed or case-by-case.",
        source: "Kolmes, NASW",
        messages: {
          noConfidentialityNote: "friending clients is {{stance}} but there is no confidentialityNote: explain that a friend list can reveal who is a client"
        }
      },
      check({ spec, report: report3 }) {
        const friending = spec.socialMedia?.friending;
        if (!friending || friending.allowed === false || friending.allowed === void 0) return;
        if (!hasText(friending.confidentialityNote)) {
          const stance = friending.allowed === true ? "allowed" : "case-by-case";
          report3("/spec/socialMedia/friending/confidentialityNote", "noConfidentialityNote", { stance });
        }
      }
    });
  }
});

// packages/linter/src/rules/message-records.ts
var message_records_default;
var init_message_records = __esm({
  "packages/linter/src/rules/message-records.ts"() {
    "use strict";
    init_rule();
    init_util();
    message_records_default = defineRule({
      meta: {
        id: "message-records",
        severity: "info",
        description: "Require a policy that offers messaging (e-mail, texts, secure messages, portal, web form) to say whether messages become part of the clinical record (privacy.records).",
        source: "NASW 2017, PCT",
        messages: {
          noRecordsStance: `the policy offers {{kinds}} but doesn't say whether messages become part of the clinical record: add privacy.records, e.g. "Messages about your care become part of your clinical record."`
        }
      },
      check({ spec, report: report3 }) {
        const methods = offeredAsynchronousMethods(spec);
        if (methods.length === 0 || hasText(spec.privacy?.records)) return;
        const labels = [...new Set(methods.map(({ method }) => KIND_LABEL[method.kind]))];
        const kinds = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : labels[0];
        report3("/spec/privacy/records", "noRecordsStance", { kinds });
      }
    });
  }
});

// packages/linter/src/rules/online-encounters.ts
var online_encounters_default;
var init_online_encounters = __esm({
  "packages/linter/src/rules/online-encounters.ts"() {
    "use strict";
    init_rule();
    online_encounters_default = defineRule({
      meta: {
        id: "online-encounters",
        severity: "info",
        description: "Require a statement on chance encounters online (socialMedia.encounters).",
        source: "NASW 2017",
        messages: {
          noEncounterStance: "the policy does not say what you do if you and a client meet online by chance: add socialMedia.encounters, e.g. that you will not interact unless the client approaches you first"
        }
      },
      check({ spec, report: report3 }) {
        if (spec.socialMedia && !hasText(spec.socialMedia.encounters)) {
          report3("/spec/socialMedia/encounters", "noEncounterStance");
        }
      }
    });
  }
});

// packages/linter/src/rules/placeholder-text.ts
function findPlaceholder(text) {
  for (const match of text.matchAll(BRACKETS)) if (FILL_IN_WORD.test(match[0].slice(1, -1))) return match[0];
  for (const match of text.matchAll(ANGLE)) if (!ANGLE_LINK.test(match[0])) return match[0];
  for (const pattern of [...MARKERS, ...YOUR_NAME, ICO_DUMMY]) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  if (PHONE_CHARACTERS.test(text)) {
    const digits = text.trim().replace(/^\+\d{1,3}/, "").replace(/\D/g, "");
    if (digits.length >= 4 && /^0+$/.test(digits)) return text.trim();
  }
  return void 0;
}
function* strings(value, pointer) {
  if (typeof value === "string") yield [pointer, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, `${pointer}/${index}`);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* strings(item, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}
var FILL_IN_WORD, BRACKETS, ANGLE, ANGLE_LINK, MARKERS, YOUR_NAME, PHONE_CHARACTERS, ICO_DUMMY, placeholder_text_default;
var init_placeholder_text = __esm({
  "packages/linter/src/rules/placeholder-text.ts"() {
    "use strict";
    init_rule();
    FILL_IN_WORD = /\b(insert|enter|fill|names?|numbers?|phone|address|e-?mail|dates?|your)\b|#/i;
    BRACKETS = /\[[^[\]\n]*\]/g;
    ANGLE = /<[^<>\n]+>/g;
    ANGLE_LINK = /^<\s*([a-z][a-z0-9+.-]*:\/\/\S+|mailto:\S+|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)\s*>$/i;
    MARKERS = [/_{3,}/, /\b(TODO|TBD|FIXME|XXX)\b/, /\bchange\s+me\b/i];
    YOUR_NAME = [/^\s*your\s+name\s*$/i, /\b(Your Name|YOUR NAME)\b/];
    PHONE_CHARACTERS = /^[\d\s+().-]+$/;
    ICO_DUMMY = /\bZ[A-Z]?0{6,7}\b/;
    placeholder_text_default = defineRule({
      meta: {
        id: "placeholder-text",
        severity: "error",
        description: 'Disallow template text left in a policy, such as "[insert #]", "Your Name", "TODO" or a phone number of zeros.',
        source: "—",
        fieldLocal: true,
        messages: {
          templateText: '"{{text}}" is template text still to fill in: replace it with the real value before clients see it'
        }
      },
      check({ policy, report: report3 }) {
        for (const [pointer, text] of strings(policy, "")) {
          const found = findPlaceholder(text);
          if (found !== void 0) report3(pointer, "templateText", { text: found });
        }
      }
    });
  }
});

// packages/linter/src/rules/policy-review-stale.ts
var DAY_MS, policy_review_stale_default;
var init_policy_review_stale = __esm({
  "packages/linter/src/rules/policy-review-stale.ts"() {
    "use strict";
    init_rule();
    DAY_MS = 864e5;
    policy_review_stale_default = defineRule({
      meta: {
        id: "policy-review-stale",
        severity: "warning",
        description: "Require the policy to have been reviewed (metadata.reviewed, else metadata.effective) within maxAgeDays of the lint date.",
        source: "Balick",
        messages: {
          noReviewDate: "the policy has no review date: review it and add metadata.reviewed (YYYY-MM-DD) so readers know it is current",
          reviewStale: "the policy was last reviewed on {{reviewed}}, {{age}} days ago (more than {{maxAgeDays}}): check it still matches how you work, then update metadata.reviewed",
          effectiveStale: "the policy took effect on {{effective}}, {{age}} days ago (more than {{maxAgeDays}}), and has no review date: check it still matches how you work, then add metadata.reviewed"
        },
        options: {
          type: "object",
          properties: {
            maxAgeDays: { type: "integer", default: 365, minimum: 1, description: "Days a review stays current." }
          },
          additionalProperties: false
        }
      },
      check({ policy, options, today, report: report3 }) {
        const { maxAgeDays } = options;
        const { reviewed, effective } = policy.metadata ?? {};
        const date = reviewed ?? effective;
        if (date === void 0) {
          report3("/metadata/reviewed", "noReviewDate");
          return;
        }
        const age = (Date.parse(today) - Date.parse(date)) / DAY_MS;
        if (age <= maxAgeDays) return;
        if (reviewed !== void 0) {
          report3("/metadata/reviewed", "reviewStale", { reviewed, age, maxAgeDays });
        } else {
          report3("/metadata/effective", "effectiveStale", { effective, age, maxAgeDays });
        }
      }
    });
  }
});

// packages/linter/src/rules/professional-page-stance.ts
var professional_page_stance_default;
var init_professional_page_stance = __esm({
  "packages/linter/src/rules/professional-page-stance.ts"() {
    "use strict";
    init_rule();
    professional_page_stance_default = defineRule({
      meta: {
        id: "professional-page-stance",
        severity: "info",
        description: "Require every professional page to say whether clients may follow it (clientsMayFollow).",
        source: "Kolmes",
        messages: {
          noFollowStance: `the professional page doesn't say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don't follow this page"), or true if you have weighed that`,
          noFollowStanceOn: `the professional page on {{platform}} doesn't say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don't follow this page"), or true if you have weighed that`
        }
      },
      check({ spec, report: report3 }) {
        const pages = spec.socialMedia?.professionalPages;
        if (!Array.isArray(pages)) return;
        pages.forEach((page, index) => {
          if (typeof page !== "object" || page === null || page.clientsMayFollow !== void 0) return;
          const path = `/spec/socialMedia/professionalPages/${index}/clientsMayFollow`;
          if (typeof page.platform === "string") report3(path, "noFollowStanceOn", { platform: page.platform });
          else report3(path, "noFollowStance");
        });
      }
    });
  }
});

// packages/linter/src/rules/public-interaction.ts
var public_interaction_default;
var init_public_interaction = __esm({
  "packages/linter/src/rules/public-interaction.ts"() {
    "use strict";
    init_rule();
    public_interaction_default = defineRule({
      meta: {
        id: "public-interaction",
        severity: "warning",
        description: "Require a stance on public replies and comments (interacting.publicReplies) when professional pages are listed.",
        source: "Kolmes",
        messages: {
          noPublicReplyStance: "you list professional pages but do not say whether clients may reply or comment there publicly, which shows others that they are your clients: add socialMedia.interacting.publicReplies (allowed, discouraged or not-allowed)"
        }
      },
      check({ spec, report: report3 }) {
        const socialMedia = spec.socialMedia;
        if (!socialMedia || (socialMedia.professionalPages ?? []).length === 0) return;
        if (socialMedia.interacting?.publicReplies === void 0) {
          report3("/spec/socialMedia/interacting/publicReplies", "noPublicReplyStance");
        }
      }
    });
  }
});

// packages/linter/src/rules/published-url.ts
var published_url_default;
var init_published_url = __esm({
  "packages/linter/src/rules/published-url.ts"() {
    "use strict";
    init_rule();
    published_url_default = defineRule({
      meta: {
        id: "published-url",
        severity: "info",
        description: "Require a web link where clients can read the policy (sharing.url).",
        source: "Balick",
        messages: {
          noUrl: "the policy has no web link: publish it and add sharing.url so clients can read it again at any time"
        }
      },
      check({ spec, report: report3 }) {
        if (!hasText(spec.sharing?.url)) {
          report3("/spec/sharing/url", "noUrl");
        }
      }
    });
  }
});

// packages/linter/src/rules/review-sites.ts
var review_sites_default;
var init_review_sites = __esm({
  "packages/linter/src/rules/review-sites.ts"() {
    "use strict";
    init_rule();
    review_sites_default = defineRule({
      meta: {
        id: "review-sites",
        severity: "warning",
        description: "Require a review-sites stance (socialMedia.reviewSites) that rules out public replies to reviews.",
        source: "NASW 2017, Kolmes",
        messages: {
          noReviewSites: "the policy does not cover review sites: add socialMedia.reviewSites saying you do not ask for testimonials and do not answer reviews publicly",
          respondsPublicly: "the policy says you answer online reviews publicly: a public reply confirms that the reviewer is your client; set respondPublicly: false and invite concerns privately"
        }
      },
      check({ spec, report: report3 }) {
        const socialMedia = spec.socialMedia;
        if (!socialMedia) return;
        if (!socialMedia.reviewSites) {
          report3("/spec/socialMedia/reviewSites", "noReviewSites");
        } else if (socialMedia.reviewSites.respondPublicly === true) {
          report3("/spec/socialMedia/reviewSites/respondPublicly", "respondsPublicly");
        }
      }
    });
  }
});

// packages/linter/src/rules/route-unknown-method.ts
var ROUTES, route_unknown_method_default;
var init_route_unknown_method = __esm({
  "packages/linter/src/rules/route-unknown-method.ts"() {
    "use strict";
    init_rule();
    init_util();
    ROUTES = ["administrative", "clinical", "urgent", "crisis"];
    route_unknown_method_default = defineRule({
      meta: {
        id: "route-unknown-method",
        severity: "error",
        description: "Disallow routes that name a contact method that does not exist or is not offered.",
        source: "—",
        messages: {
          unknownMethod: 'the {{route}} route uses "{{id}}", but no contact method has that id: fix the id or add the method under contact.methods',
          methodNotOffered: 'the {{route}} route uses "{{id}}", but that method is marked as not offered (offered: false): remove it from the route, or offer the method'
        }
      },
      check({ spec, report: report3 }) {
        const routes = spec.contact?.routes;
        if (!routes) return;
        const methods = spec.contact?.methods ?? [];
        for (const name of ROUTES) {
          (routes[name]?.via ?? []).forEach((id, index) => {
            const path = `/spec/contact/routes/${name}/via/${index}`;
            const method = methods.find((m) => m.id === id);
            if (!method) {
              report3(path, "unknownMethod", { route: name, id });
            } else if (!isOffered(method)) {
              report3(path, "methodNotOffered", { route: name, id });
            }
          });
        }
      }
    });
  }
});

// packages/linter/src/rules/schema.ts
var schema_default;
var init_schema = __esm({
  "packages/linter/src/rules/schema.ts"() {
    "use strict";
    init_rule();
    schema_default = defineRule({
      meta: {
        id: "schema",
        severity: "error",
        description: "Require every policy file to be valid YAML that matches the Clearframe JSON Schema.",
        source: "—",
        // Its findings carry the parser's and the validator's own text (from @clearframe/schema), not a template.
        messages: {},
        scope: "engine"
      }
    });
  }
});

// packages/linter/src/rules/searching-clients.ts
var searching_clients_default;
var init_searching_clients = __esm({
  "packages/linter/src/rules/searching-clients.ts"() {
    "use strict";
    init_rule();
    searching_clients_default = defineRule({
      meta: {
        id: "searching-clients",
        severity: "warning",
        description: "Require a stance on searching for clients online (socialMedia.searchingClients).",
        source: "NASW 2017",
        messages: {
          noSearchingStance: "the policy does not say whether you look clients up online: add socialMedia.searchingClients, e.g. { allowed: false, exceptions: Imminent safety concerns }"
        }
      },
      check({ spec, report: report3 }) {
        if (spec.socialMedia && !spec.socialMedia.searchingClients) {
          report3("/spec/socialMedia/searchingClients", "noSearchingStance");
        }
      }
    });
  }
});

// packages/linter/src/rules/secure-app-setup.ts
var NEEDS_SETUP, secure_app_setup_default;
var init_secure_app_setup = __esm({
  "packages/linter/src/rules/secure-app-setup.ts"() {
    "use strict";
    init_rule();
    init_util();
    NEEDS_SETUP = /* @__PURE__ */ new Set(["secure-messaging", "portal", "video"]);
    secure_app_setup_default = defineRule({
      meta: {
        id: "secure-app-setup",
        severity: "warning",
        description: "Require setup instructions on every offered secure messaging, portal or video method.",
        source: "PCT 1",
        messages: {
          noSetup: 'contact method "{{id}}" ({{kind}}) has no setup instructions: add setup saying where clients get the app or link and how they join'
        }
      },
      check({ spec, report: report3 }) {
        (spec.contact?.methods ?? []).forEach((method, index) => {
          if (!isOffered(method) || !NEEDS_SETUP.has(method.kind) || hasText(method.setup)) return;
          report3(`/spec/contact/methods/${index}/setup`, "noSetup", { id: method.id, kind: KIND_LABEL[method.kind] });
        });
      }
    });
  }
});

// packages/linter/src/rules/sharing-at-intake.ts
var sharing_at_intake_default;
var init_sharing_at_intake = __esm({
  "packages/linter/src/rules/sharing-at-intake.ts"() {
    "use strict";
    init_rule();
    sharing_at_intake_default = defineRule({
      meta: {
        id: "sharing-at-intake",
        severity: "warning",
        description: "Require the policy to be reviewed with each client at intake (sharing.atIntake: true).",
        source: "PCT, Kolmes",
        messages: {
          notReviewedAtIntake: "the policy says it is not reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true",
          noIntakeStance: "the policy does not say it is reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true"
        }
      },
      check({ spec, report: report3 }) {
        const atIntake = spec.sharing?.atIntake;
        if (atIntake === true) return;
        report3("/spec/sharing/atIntake", atIntake === false ? "notReviewedAtIntake" : "noIntakeStance");
      }
    });
  }
});

// packages/linter/src/rules/social-media-channel.ts
var NEEDS2, FOR, social_media_channel_default;
var init_social_media_channel = __esm({
  "packages/linter/src/rules/social-media-channel.ts"() {
    "use strict";
    init_rule();
    NEEDS2 = ["clinical", "urgent", "crisis"];
    FOR = { clinical: "clinical matters", urgent: "urgent matters", crisis: "crises" };
    social_media_channel_default = defineRule({
      meta: {
        id: "social-media-channel",
        severity: "warning",
        description: "Disallow social-media methods in the clinical, urgent and crisis routes.",
        source: "Kolmes, NASW 2017",
        messages: {
          socialMediaRoute: 'the {{route}} route sends clients to "{{id}}", a social-media method: messages there are not private and can show others that you are in therapy; use a secure or direct channel for {{purpose}}'
        }
      },
      check({ spec, report: report3 }) {
        const kinds = new Map((spec.contact?.methods ?? []).map((method) => [method.id, method.kind]));
        for (const need of NEEDS2) {
          const via = spec.contact?.routes?.[need]?.via ?? [];
          via.forEach((id, index) => {
            if (kinds.get(id) !== "social-media") return;
            report3(`/spec/contact/routes/${need}/via/${index}`, "socialMediaRoute", { route: need, id, purpose: FOR[need] });
          });
        }
      }
    });
  }
});

// packages/linter/src/rules/social-media-section.ts
var social_media_section_default;
var init_social_media_section = __esm({
  "packages/linter/src/rules/social-media-section.ts"() {
    "use strict";
    init_rule();
    social_media_section_default = defineRule({
      meta: {
        id: "social-media-section",
        severity: "warning",
        description: "Require a socialMedia section, even when the practice does not use social media.",
        source: "Kolmes",
        messages: {
          noSocialMedia: "no socialMedia section: add one, even if you are not on social media (uses: false), and say how you handle friend requests, following and online contact"
        }
      },
      check({ spec, report: report3 }) {
        if (!spec.socialMedia) {
          report3("/spec/socialMedia", "noSocialMedia");
        }
      }
    });
  }
});

// packages/linter/src/rules/telehealth-licensure.ts
var telehealth_licensure_default;
var init_telehealth_licensure = __esm({
  "packages/linter/src/rules/telehealth-licensure.ts"() {
    "use strict";
    init_facts();
    init_rule();
    init_util();
    telehealth_licensure_default = defineRule({
      meta: {
        id: "telehealth-licensure",
        severity: "info",
        description: "Require a policy that offers video to say where the clinician is licensed to practise (telehealth.licensedIn).",
        source: "ACA H.1.b, APA Telepsychology Guidelines (2013) 8",
        messages: {
          noLicensure: `the policy offers video ("{{id}}") but doesn't say where you are licensed to practise: add telehealth.licensedIn, e.g. [{{example}}], and say in telehealth.clientLocation where the client needs to be during a session`
        }
      },
      check({ policy, spec, report: report3 }) {
        const [video] = offeredMethods(spec, ["video"]);
        const licensedIn = spec.telehealth?.licensedIn;
        if (!video || Array.isArray(licensedIn) && licensedIn.length > 0) return;
        const jurisdiction = policy.metadata?.jurisdiction;
        const example = typeof jurisdiction === "string" && JURISDICTION.test(jurisdiction) ? jurisdiction : "US-CA";
        report3("/spec/telehealth/licensedIn", "noLicensure", { id: video.method.id, example });
      }
    });
  }
});

// packages/linter/src/rules/testimonial-solicitation.ts
var testimonial_solicitation_default;
var init_testimonial_solicitation = __esm({
  "packages/linter/src/rules/testimonial-solicitation.ts"() {
    "use strict";
    init_rule();
    testimonial_solicitation_default = defineRule({
      meta: {
        id: "testimonial-solicitation",
        severity: "error",
        description: "Disallow soliciting testimonials from clients (reviewSites.solicitTestimonials: true), and publishing testimonials in Australia (publishTestimonials: true).",
        source: "APA 5.05, NASW 4.07, AHPRA",
        messages: {
          solicitsTestimonials: "the policy says you ask clients for testimonials or reviews, which the APA and NASW ethics codes do not allow: set solicitTestimonials to false and don't invite clients to review you",
          publishesTestimonials: "the policy says you publish testimonials, which advertising a regulated health service in Australia may not use (Health Practitioner Regulation National Law, s 133): set publishTestimonials to false and take testimonials off your website and pages"
        }
      },
      check({ policy, spec, report: report3 }) {
        const reviewSites = spec.socialMedia?.reviewSites;
        if (reviewSites?.solicitTestimonials === true) {
          report3("/spec/socialMedia/reviewSites/solicitTestimonials", "solicitsTestimonials");
        }
        const jurisdiction = policy.metadata?.jurisdiction;
        if (reviewSites?.publishTestimonials === true && typeof jurisdiction === "string" && /^AU(-|$)/.test(jurisdiction)) {
          report3("/spec/socialMedia/reviewSites/publishTestimonials", "publishesTestimonials");
        }
      }
    });
  }
});

// packages/linter/src/rules/texting-stance.ts
var texting_stance_default;
var init_texting_stance = __esm({
  "packages/linter/src/rules/texting-stance.ts"() {
    "use strict";
    init_rule();
    texting_stance_default = defineRule({
      meta: {
        id: "texting-stance",
        severity: "warning",
        description: "Require a contact method of kind sms, offered or not, so clients know whether they can text you.",
        source: "PCT 1",
        messages: {
          noTextingStance: "the policy doesn't say whether clients can text you: add a contact method of kind sms, with offered: false and a note if you don't use texting"
        }
      },
      check({ spec, report: report3 }) {
        if ((spec.contact?.methods ?? []).some((method) => method.kind === "sms")) return;
        report3("/spec/contact/methods", "noTextingStance");
      }
    });
  }
});

// packages/linter/src/rules/turnaround-exceptions.ts
var turnaround_exceptions_default;
var init_turnaround_exceptions = __esm({
  "packages/linter/src/rules/turnaround-exceptions.ts"() {
    "use strict";
    init_rule();
    turnaround_exceptions_default = defineRule({
      meta: {
        id: "turnaround-exceptions",
        severity: "warning",
        description: "Require turnaround.excludes, saying whether weekends, holidays and vacations count toward the reply time.",
        source: "PCT 3, Balick",
        messages: {
          noExcludes: "the turnaround time doesn't say whether weekends, holidays or vacations count: add turnaround.excludes, e.g. [weekends, holidays, vacations], or [] if you reply on those days too"
        }
      },
      check({ spec, report: report3 }) {
        const turnaround = spec.turnaround;
        if (!turnaround || hasText(turnaround.schedule) && !hasText(turnaround.within)) return;
        if (turnaround.excludes === void 0) {
          report3("/spec/turnaround/excludes", "noExcludes");
        }
      }
    });
  }
});

// packages/linter/src/rules/turnaround-required.ts
var turnaround_required_default;
var init_turnaround_required = __esm({
  "packages/linter/src/rules/turnaround-required.ts"() {
    "use strict";
    init_rule();
    init_util();
    turnaround_required_default = defineRule({
      meta: {
        id: "turnaround-required",
        severity: "error",
        description: "Require an official turnaround time (turnaround.within or turnaround.schedule, or a turnaround.within on every offered message-based method).",
        source: "PCT 3",
        messages: {
          noTurnaroundSection: "no turnaround section: say how fast you reply to messages, e.g. turnaround: { within: 24h }{{partly}}",
          noTurnaroundTime: 'no official turnaround time: add turnaround.within, e.g. "24h" or "2 business days"{{partly}}'
        }
      },
      check({ spec, report: report3 }) {
        const turnaround = spec.turnaround;
        if (hasText(turnaround?.within) || hasText(turnaround?.schedule)) return;
        const asynchronous = offeredAsynchronousMethods(spec);
        const without = asynchronous.filter(({ method }) => !hasText(method.turnaround?.within));
        if (asynchronous.length > 0 && without.length === 0) return;
        const partly = asynchronous.length > without.length ? ` (${without.map(({ method }) => `"${method.id}"`).join(", ")} ${without.length === 1 ? "has" : "have"} no turnaround of its own)` : "";
        if (!turnaround) {
          report3("/spec/turnaround/within", "noTurnaroundSection", { partly });
        } else {
          report3("/spec/turnaround/within", "noTurnaroundTime", { partly });
        }
      }
    });
  }
});

// packages/linter/src/rules/unencrypted-channel-risk.ts
var unencrypted_channel_risk_default;
var init_unencrypted_channel_risk = __esm({
  "packages/linter/src/rules/unencrypted-channel-risk.ts"() {
    "use strict";
    init_rule();
    init_util();
    unencrypted_channel_risk_default = defineRule({
      meta: {
        id: "unencrypted-channel-risk",
        severity: "warning",
        description: "Require a privacy-risk note for every offered e-mail or text-message channel that is not secure.",
        source: "NASW 2017",
        messages: {
          noRiskNote: 'the {{kind}} method "{{id}}" is not encrypted and nothing warns clients that others may read these messages: add a riskNote to it or privacy.electronicRisks'
        }
      },
      check({ spec, report: report3 }) {
        if (hasText(spec.privacy?.electronicRisks)) return;
        for (const { method, pointer } of offeredMethods(spec, ["email", "sms"])) {
          if (method.secure === true || hasText(method.riskNote)) continue;
          const kind = method.kind === "email" ? "e-mail" : "text-message";
          report3(`${pointer}/riskNote`, "noRiskNote", { kind, id: method.id });
        }
      }
    });
  }
});

// packages/linter/src/rules/unused-disable.ts
var unused_disable_default;
var init_unused_disable = __esm({
  "packages/linter/src/rules/unused-disable.ts"() {
    "use strict";
    init_rule();
    unused_disable_default = defineRule({
      meta: {
        id: "unused-disable",
        severity: "warning",
        description: "Disallow clearframe-disable comments that suppress nothing or name an unknown rule.",
        source: "—",
        messages: {
          noRuleIds: "clearframe-disable-{{kind}} names no rule; list the rule ids it should silence",
          unknownRule: 'unknown rule "{{id}}" in clearframe-disable-{{kind}}; run `clearframe rules` for the list',
          locked: '"{{id}}" {{reason}}',
          unusedInFile: 'unused disable: no "{{id}}" finding in this file; remove "{{id}}" from the comment',
          unusedOnLines: 'unused disable: no "{{id}}" finding on line {{lines}}; remove "{{id}}" from the comment'
        },
        scope: "engine"
      }
    });
  }
});

// packages/linter/src/rules/video-fallback.ts
var video_fallback_default;
var init_video_fallback = __esm({
  "packages/linter/src/rules/video-fallback.ts"() {
    "use strict";
    init_rule();
    init_util();
    video_fallback_default = defineRule({
      meta: {
        id: "video-fallback",
        severity: "info",
        description: "Require every offered video method to say what happens when the connection fails (fallback).",
        source: "ACA H.2",
        messages: {
          noFallback: `the video method "{{id}}" does not say what happens if the connection fails: add a fallback, e.g. that you will call the client's phone within five minutes`
        }
      },
      check({ spec, report: report3 }) {
        for (const { method, pointer } of offeredMethods(spec, ["video"])) {
          if (hasText(method.fallback)) continue;
          report3(`${pointer}/fallback`, "noFallback", { id: method.id });
        }
      }
    });
  }
});

// packages/linter/src/rules/video-platform-secure.ts
var video_platform_secure_default;
var init_video_platform_secure = __esm({
  "packages/linter/src/rules/video-platform-secure.ts"() {
    "use strict";
    init_rule();
    init_util();
    video_platform_secure_default = defineRule({
      meta: {
        id: "video-platform-secure",
        severity: "warning",
        description: "Require offered video methods and privacy.video to be marked secure: true.",
        source: "Balick",
        messages: {
          methodNotSecure: 'the video method "{{id}}" is marked not secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
          methodSecureUnstated: 'the video method "{{id}}" does not say whether it is secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
          platformNotSecure: "{{name}} is marked not secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true",
          platformSecureUnstated: "{{name}} does not say whether it is secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true"
        }
      },
      check({ spec, report: report3 }) {
        for (const { method, pointer } of offeredMethods(spec, ["video"])) {
          if (method.secure === true) continue;
          report3(`${pointer}/secure`, method.secure === false ? "methodNotSecure" : "methodSecureUnstated", { id: method.id });
        }
        const video = spec.privacy?.video;
        if (video && video.secure !== true) {
          const name = video.platform ? `the video platform "${video.platform}"` : "privacy.video";
          report3("/spec/privacy/video/secure", video.secure === false ? "platformNotSecure" : "platformSecureUnstated", { name });
        }
      }
    });
  }
});

// packages/linter/src/rules/video-recording-stance.ts
var video_recording_stance_default;
var init_video_recording_stance = __esm({
  "packages/linter/src/rules/video-recording-stance.ts"() {
    "use strict";
    init_rule();
    init_util();
    video_recording_stance_default = defineRule({
      meta: {
        id: "video-recording-stance",
        severity: "info",
        description: "Require a policy that offers video to say whether sessions are recorded (privacy.video.recording).",
        source: "ACA H.2, Balick",
        messages: {
          noRecordingStance: `the policy offers video ("{{id}}") but doesn't say whether sessions are recorded: add privacy.video.recording: never, with-consent or always`
        }
      },
      check({ spec, report: report3 }) {
        const [video] = offeredMethods(spec, ["video"]);
        if (!video || spec.privacy?.video?.recording !== void 0) return;
        report3("/spec/privacy/video/recording", "noRecordingStance", { id: video.method.id });
      }
    });
  }
});

// packages/linter/src/rules/index.ts
var rules;
var init_rules = __esm({
  "packages/linter/src/rules/index.ts"() {
    "use strict";
    init_between_sessions();
    init_concern_channel();
    init_contact_by_need();
    init_contact_method_details();
    init_crisis_number_jurisdiction();
    init_crisis_number_outdated();
    init_crisis_route_actionable();
    init_crisis_route_async_only();
    init_crisis_route_required();
    init_data_protection_registration();
    init_disable_without_reason();
    init_duplicate_id();
    init_faster_reply_disclaimer();
    init_following_clients();
    init_friending_confidentiality();
    init_message_records();
    init_online_encounters();
    init_placeholder_text();
    init_policy_review_stale();
    init_professional_page_stance();
    init_public_interaction();
    init_published_url();
    init_review_sites();
    init_route_unknown_method();
    init_schema();
    init_searching_clients();
    init_secure_app_setup();
    init_sharing_at_intake();
    init_social_media_channel();
    init_social_media_section();
    init_telehealth_licensure();
    init_testimonial_solicitation();
    init_texting_stance();
    init_turnaround_exceptions();
    init_turnaround_required();
    init_unencrypted_channel_risk();
    init_unused_disable();
    init_video_fallback();
    init_video_platform_secure();
    init_video_recording_stance();
    rules = new Map(
      [
        between_sessions_default,
        concern_channel_default,
        contact_by_need_default,
        contact_method_details_default,
        crisis_number_jurisdiction_default,
        crisis_number_outdated_default,
        crisis_route_actionable_default,
        crisis_route_async_only_default,
        crisis_route_required_default,
        data_protection_registration_default,
        disable_without_reason_default,
        duplicate_id_default,
        faster_reply_disclaimer_default,
        following_clients_default,
        friending_confidentiality_default,
        message_records_default,
        online_encounters_default,
        placeholder_text_default,
        policy_review_stale_default,
        professional_page_stance_default,
        public_interaction_default,
        published_url_default,
        review_sites_default,
        route_unknown_method_default,
        schema_default,
        searching_clients_default,
        secure_app_setup_default,
        sharing_at_intake_default,
        social_media_channel_default,
        social_media_section_default,
        telehealth_licensure_default,
        testimonial_solicitation_default,
        texting_stance_default,
        turnaround_exceptions_default,
        turnaround_required_default,
        unencrypted_channel_risk_default,
        unused_disable_default,
        video_fallback_default,
        video_platform_secure_default,
        video_recording_stance_default
      ].map((rule) => [rule.meta.id, rule])
    );
  }
});

// packages/linter/src/config.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, resolve, sep } from "node:path";
function defaultConfig(baseDir = process.cwd()) {
  return { baseDir, preset: "recommended", include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, rules: {}, overrides: [] };
}
function findConfigFile(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = resolve(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir || existsSync(resolve(dir, ".git"))) return void 0;
  }
}
function loadConfig(configPath, cwd = process.cwd()) {
  const filePath = configPath ? resolve(cwd, configPath) : findConfigFile(cwd);
  if (!filePath) return defaultConfig(cwd);
  let text;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${relative(cwd, filePath) || filePath}: ${error.code ?? String(error)}`);
  }
  return configFromSource(text, relative(cwd, filePath) || filePath, filePath);
}
function configFromSource(text, shown, filePath = resolve("/", shown)) {
  const parsed = parseYaml(text, filePath);
  const first = parsed.problems[0];
  if (first) throw new ConfigError(`${shown}:${first.line}:${first.column} ${first.message}`);
  const file = parsed.file;
  if (file.value === null || file.value === void 0) return { ...defaultConfig(dirname(filePath)), filePath };
  const invalid = validateConfigFile(file)[0];
  if (invalid) throw new ConfigError(`${shown}:${invalid.line}:${invalid.column} ${invalid.message}`);
  const raw = file.value;
  const fail = (pointer, message) => {
    const { line, column } = locate(file, pointer);
    throw new ConfigError(`${shown}:${line}:${column} ${message}`);
  };
  const ruleEntries = (block, pointer) => {
    const out = {};
    for (const [id, value] of Object.entries(block ?? {})) {
      const rule = rules.get(id);
      if (!rule) {
        const hint = didYouMean(id, [...rules.keys()]);
        fail(`${pointer}/${id}`, `unknown rule "${id}"${hint ? ` — did you mean "${hint}"?` : "; run `clearframe rules` for the list"}`);
      }
      const [level, options] = Array.isArray(value) ? value : [value];
      if (id === "schema" && level !== "error") fail(`${pointer}/${id}`, 'rule "schema" cannot be changed: a file that does not match the format is always an error');
      if (options) checkOptions(id, options, rule.meta.options, (name, message) => fail(`${pointer}/${id}/1/${name}`, message));
      out[id] = { level, ...options ? { options } : {} };
    }
    return out;
  };
  const baseDir = dirname(filePath);
  return {
    filePath,
    baseDir,
    preset: raw.extends ?? "recommended",
    include: raw.include ?? DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...raw.exclude ?? []],
    ...raw.repository ? { repository: raw.repository } : {},
    rules: ruleEntries(raw.rules, "/rules"),
    overrides: (raw.overrides ?? []).map((override, index) => ({
      match: picomatch(override.files, { dot: true }),
      rules: ruleEntries(override.rules, `/overrides/${index}/rules`)
    }))
  };
}
function checkOptions(id, options, schema, fail) {
  const known = schema?.properties ?? {};
  for (const [name, value] of Object.entries(options)) {
    const spec = Object.hasOwn(known, name) ? known[name] : void 0;
    if (!spec) {
      const names = Object.keys(known);
      return fail(name, `rule "${id}" has no option "${name}"${names.length ? ` (options: ${names.join(", ")})` : " (it takes no options)"}`);
    }
    const problem = optionProblem(spec, value);
    if (problem) fail(name, `option "${name}" of rule "${id}" must be ${problem}`);
  }
}
function optionProblem(spec, value) {
  if (spec.type === "boolean") return typeof value === "boolean" ? void 0 : "a boolean";
  if (spec.type === "string") {
    if (spec.enum) return typeof value === "string" && spec.enum.includes(value) ? void 0 : `one of ${spec.enum.map((v) => JSON.stringify(v)).join(", ")}`;
    return typeof value === "string" ? void 0 : "a string";
  }
  const whole = spec.type === "integer";
  const inRange = typeof value === "number" && (whole ? Number.isInteger(value) : Number.isFinite(value)) && !(spec.minimum !== void 0 && value < spec.minimum) && !(spec.maximum !== void 0 && value > spec.maximum);
  if (inRange) return void 0;
  const bounds = `${spec.minimum !== void 0 ? ` ≥ ${spec.minimum}` : ""}${spec.maximum !== void 0 ? ` ≤ ${spec.maximum}` : ""}`;
  return `${whole ? "a whole number" : "a number"}${bounds}`;
}
function settingsResolver(config) {
  const cache = /* @__PURE__ */ new Map();
  return (absolutePath) => {
    const matched = matchingOverrides(config, absolutePath);
    const key = matched.join(",");
    let settings = cache.get(key);
    if (!settings) cache.set(key, settings = settingsFor(config, matched));
    return settings;
  };
}
function matchingOverrides(config, absolutePath) {
  if (config.overrides.length === 0) return [];
  const relativePath = relative(config.baseDir, absolutePath).split(sep).join("/");
  const matched = [];
  config.overrides.forEach((override, index) => {
    if (override.match(relativePath)) matched.push(index);
  });
  return matched;
}
function settingsFor(config, matched) {
  const entries = { ...config.rules };
  for (const index of matched) Object.assign(entries, config.overrides[index].rules);
  const settings = /* @__PURE__ */ new Map();
  for (const [id, rule] of rules) {
    const entry = entries[id];
    const preset = config.preset === "strict" && rule.meta.severity === "warning" ? "error" : rule.meta.severity;
    const level = id === "schema" ? "error" : entry?.level ?? preset;
    if (level === "off") continue;
    settings.set(id, { severity: level, options: { ...optionDefaults(rule.meta), ...entry?.options } });
  }
  return settings;
}
var import_picomatch, CONFIG_FILE, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, require2, picomatch, ConfigError;
var init_config = __esm({
  "packages/linter/src/config.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    init_dist();
    init_rules();
    init_rule();
    CONFIG_FILE = "clearframe.config.yaml";
    DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
    DEFAULT_EXCLUDE = ["**/node_modules/**", `**/${CONFIG_FILE}`];
    require2 = createRequire(import.meta.url);
    picomatch = (...args) => (0, import_picomatch.default)(...args);
    ConfigError = class extends Error {
      name = "ConfigError";
    };
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire2 } from "module";
import { basename, dirname as dirname2, normalize, relative as relative2, resolve as resolve2, sep as sep2 } from "path";
import * as nativeFs from "fs";
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth2 = 1;
  while (parent !== state.root && depth2 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth2++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth2 > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist2 = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire2(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path = directoryPath || ".";
      if (filters.every((filter) => filter(path, true))) paths.push(path);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat3) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat3, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path);
        const stat3 = fs.statSync(resolvedPath);
        if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
        callback$1(stat3, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth2) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path)) continue;
            this.pushDirectory(path, paths, filters);
            this.walkDirectory(this.state, path, path, depth2 - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
              if (stat3.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth2 - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep2,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth2) {
        this.options.maxDepth = depth2;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path) => isMatch(path));
        return this;
      }
    };
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix as posix2, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch2.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix2.relative(cwd, p) || ".";
  return (p) => posix2.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix2.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch2.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
function convertPosixPathToPattern(path) {
  return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
  return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch2.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix2.relative(escapedCwd, result) : posix2.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix2.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix2.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch2.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch2.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative8) : [];
}
function globSync(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative8) : [];
}
var import_picomatch2, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist3 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist2();
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// packages/linter/src/files.ts
import { stat as stat2 } from "node:fs/promises";
import { relative as relative3, resolve as resolve4, sep as sep3 } from "node:path";
async function collectFiles(paths, config, cwd) {
  const found = /* @__PURE__ */ new Set();
  let globbing;
  const tools = () => globbing ??= loadGlobbing(config);
  if (paths.length === 0) {
    const { glob: glob2 } = await tools();
    for (const file of await glob2(config.include, { cwd: config.baseDir, ignore: config.exclude, absolute: true, dot: false })) found.add(file);
    if (found.size === 0) throw new PathError(`no files match include ${JSON.stringify(config.include)} in ${relative3(cwd, config.baseDir) || "."}`);
  }
  for (const path of paths) {
    const absolute = resolve4(cwd, path);
    const info = await stat2(absolute).catch(() => void 0);
    if (info?.isFile()) {
      found.add(absolute);
      continue;
    }
    const { glob: glob2, isDynamicPattern: isDynamicPattern2, wanted, isExcludedFile } = await tools();
    const matches = info?.isDirectory() ? (await glob2(["**/*.yaml", "**/*.yml"], { cwd: absolute, absolute: true, dot: false, ignore: ["**/node_modules/**"] })).filter(wanted) : isDynamicPattern2(path) ? (await glob2(path, { cwd, absolute: true, dot: false })).filter((file) => !isExcludedFile(file)) : void 0;
    if (matches === void 0) throw new PathError(`no such file or directory: ${path}`);
    if (matches.length === 0) throw new PathError(`no policy files found in ${path}${info?.isDirectory() ? ` (include: ${JSON.stringify(config.include)})` : ""}`);
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}
async function loadGlobbing(config) {
  const [{ glob: glob2, isDynamicPattern: isDynamicPattern2 }, { default: picomatch3 }] = await Promise.all([Promise.resolve().then(() => (init_dist3(), dist_exports)), Promise.resolve().then(() => __toESM(require_picomatch2(), 1))]);
  const isExcluded = picomatch3(config.exclude, { dot: true });
  const isIncluded = picomatch3(config.include, { dot: true });
  const relativeToConfig = (file) => relative3(config.baseDir, file).split(sep3).join("/");
  return {
    glob: glob2,
    isDynamicPattern: isDynamicPattern2,
    wanted: (file) => {
      const rel = relativeToConfig(file);
      if (isExcluded(rel)) return false;
      return rel.startsWith("..") || isIncluded(rel);
    },
    isExcludedFile: (file) => isExcluded(relativeToConfig(file))
  };
}
var PathError;
var init_files = __esm({
  "packages/linter/src/files.ts"() {
    "use strict";
    PathError = class extends Error {
      name = "PathError";
    };
  }
});

// packages/linter/src/formatters/utils.ts
import { isAbsolute as isAbsolute2 } from "node:path";
import { pathToFileURL } from "node:url";
function totals(results) {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0, files: results.length };
  for (const result of results) {
    for (const message of result.messages) counts[message.severity]++;
    counts.suppressed += result.suppressedMessages.length;
  }
  return counts;
}
function groupBySeverity(messages) {
  const groups = { error: [], warning: [], info: [] };
  for (const message of messages) groups[message.severity].push(message);
  return groups;
}
function plural(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}
function severitySummary(counts) {
  return severities.map((severity) => plural(counts[severity], severity)).join(", ");
}
function xmlEscape(text) {
  return text.replace(XML_ILLEGAL, "").replace(/[&<>"'\t\n\r]/g, (char) => XML_ENTITIES[char] ?? char);
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}
function fileUri(filePath) {
  if (isAbsolute2(filePath)) return pathToFileURL(filePath).href;
  return filePath.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/");
}
function directoryUri(directory) {
  const href = pathToFileURL(directory).href;
  return href.endsWith("/") ? href : `${href}/`;
}
var severities, XML_ILLEGAL, XML_ENTITIES;
var init_utils = __esm({
  "packages/linter/src/formatters/utils.ts"() {
    "use strict";
    severities = ["error", "warning", "info"];
    XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
    XML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "	": "&#9;", "\n": "&#10;", "\r": "&#13;" };
  }
});

// packages/linter/src/formatters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  default: () => stylish_default
});
function fileBlock(result, paint) {
  const rows = result.messages.map((m) => ({ ...m, line: String(m.line), column: String(m.column), message: oneLine(m.message) }));
  const width = (key) => Math.max(...rows.map((row) => row[key].length));
  const [line, column, severity, message] = [width("line"), width("column"), width("severity"), width("message")];
  const body = rows.map(
    (row) => [
      "",
      paint(`${row.line.padStart(line)}:${row.column.padEnd(column)}`, "dim"),
      paint(row.severity.padEnd(severity), SEVERITY_COLOR[row.severity]),
      row.message.padEnd(message),
      paint(row.ruleId, "dim")
    ].join("  ")
  );
  return `${paint(result.filePath, "underline")}
${body.join("\n")}
`;
}
var SGR, SEVERITY_COLOR, stylish, stylish_default;
var init_stylish = __esm({
  "packages/linter/src/formatters/stylish.ts"() {
    "use strict";
    init_utils();
    SGR = { bold: 1, dim: 2, underline: 4, red: 31, yellow: 33, cyan: 36 };
    SEVERITY_COLOR = { error: "red", warning: "yellow", info: "cyan" };
    stylish = (results, context) => {
      const counts = totals(results);
      const problems = counts.error + counts.warning + counts.info;
      if (problems === 0) return "";
      const paint = (text, ...styles) => context.color ? `\x1B[${styles.map((s) => SGR[s]).join(";")}m${text}\x1B[0m` : text;
      const blocks = results.filter((result) => result.messages.length > 0).map((result) => fileBlock(result, paint));
      const worst = severities.find((severity) => counts[severity] > 0) ?? "info";
      const lines = [paint(`✖ ${plural(problems, "problem")} (${severitySummary(counts)})`, "bold", SEVERITY_COLOR[worst])];
      if (counts.suppressed > 0) lines.push(paint(`  ${plural(counts.suppressed, "finding")} suppressed by disable comments`, "dim"));
      return `
${blocks.join("\n")}
${lines.join("\n")}
`;
    };
    stylish_default = stylish;
  }
});

// packages/linter/src/formatters/json.ts
var json_exports = {};
__export(json_exports, {
  default: () => json_default
});
function finding(message) {
  const { ruleId, severity, line, column, path } = message;
  return { ruleId, severity, message: message.message, line, column, path };
}
function suppressed(message) {
  return {
    ...finding(message),
    suppressions: message.suppressions.map(({ kind, justification }) => ({ kind, justification }))
  };
}
var json, json_default;
var init_json = __esm({
  "packages/linter/src/formatters/json.ts"() {
    "use strict";
    json = (results) => JSON.stringify(
      results.map((result) => ({
        filePath: result.filePath,
        messages: result.messages.map(finding),
        suppressedMessages: result.suppressedMessages.map(suppressed)
      }))
    ) + "\n";
    json_default = json;
  }
});

// packages/linter/src/formatters/paths.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute3, join, relative as relative4, resolve as resolve5, sep as sep4 } from "node:path";
function repositoryRoot(start) {
  for (let directory = resolve5(start); ; directory = dirname3(directory)) {
    if (existsSync2(join(directory, ".git"))) return directory;
    if (dirname3(directory) === directory) return void 0;
  }
}
function rootRelative(filePath, context) {
  const absolute = resolve5(context.cwd, filePath);
  const path = relative4(context.baseDir ?? context.cwd, absolute);
  if (path === "" || path.startsWith("..") || isAbsolute3(path)) return absolute;
  return path.split(sep4).join("/");
}
var init_paths = __esm({
  "packages/linter/src/formatters/paths.ts"() {
    "use strict";
  }
});

// packages/linter/src/formatters/positions.ts
function nodeEnds(source) {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const position = (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { endLine: low + 1, endColumn: offset - lineStarts[low] + 1 };
  };
  const trimmedEnd = (start, end) => start + source.slice(start, end).trimEnd().length;
  const ends = /* @__PURE__ */ new Map();
  const note = (start, end, pair) => {
    if (start === void 0 || end === void 0 || !pair && ends.has(start)) return;
    ends.set(start, trimmedEnd(start, end));
  };
  for (const document of (0, import_yaml2.parseAllDocuments)(source, { keepSourceTokens: false })) {
    if (!("contents" in document)) continue;
    (0, import_yaml2.visit)(document, {
      Pair(_, pair) {
        const key = (0, import_yaml2.isNode)(pair.key) ? pair.key : void 0;
        const value = (0, import_yaml2.isNode)(pair.value) ? pair.value : void 0;
        note(key?.range?.[0], contentEnd(value ?? key), true);
      },
      Node(_, node) {
        if ((0, import_yaml2.isScalar)(node) || (0, import_yaml2.isCollection)(node)) note(node.range?.[0], contentEnd(node), false);
      }
    });
  }
  return (line, column) => {
    const start = lineStarts[line - 1];
    if (start === void 0) return void 0;
    const end = ends.get(start + column - 1);
    return end === void 0 ? void 0 : position(end);
  };
}
function contentEnd(node) {
  if (!node) return void 0;
  if (((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if ((0, import_yaml2.isPair)(last)) return contentEnd((0, import_yaml2.isNode)(last.value) ? last.value : (0, import_yaml2.isNode)(last.key) ? last.key : void 0);
    return contentEnd((0, import_yaml2.isNode)(last) ? last : void 0);
  }
  return node.range?.[1];
}
var import_yaml2;
var init_positions = __esm({
  "packages/linter/src/formatters/positions.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
  }
});

// packages/linter/src/formatters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT: () => FINGERPRINT,
  MAX_RESULTS_PER_RUN: () => MAX_RESULTS_PER_RUN,
  MAX_RUNS: () => MAX_RUNS,
  default: () => sarif_default,
  ruleName: () => ruleName,
  ruleTags: () => ruleTags
});
import { createHash } from "node:crypto";
function ruleName(id) {
  return id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function ruleTags(meta) {
  const sources = meta.source.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "").filter((word) => /^[A-Za-z]/.test(word));
  return [.../* @__PURE__ */ new Set(["clearframe", meta.scope === "engine" ? "file" : "policy", ...sources])];
}
function descriptor(meta, context) {
  const text = `${meta.description}
Source: ${meta.source}
Docs: ${meta.docsUrl}`;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    // GitHub shows fullDescription and help on the alert page.
    fullDescription: { text: meta.description },
    helpUri: meta.docsUrl,
    help: { text, markdown: context.ruleDoc?.(meta.id) ?? `${meta.description}

Source: ${meta.source}

[Documentation](${meta.docsUrl})` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { source: meta.source, tags: ruleTags(meta) }
  };
}
function endPositions(context) {
  const files = /* @__PURE__ */ new Map();
  return (filePath, message) => {
    if (!files.has(filePath)) {
      const source = context.readSource?.(filePath);
      let lookup;
      try {
        lookup = source === void 0 ? void 0 : nodeEnds(source);
      } catch {
        lookup = void 0;
      }
      files.set(filePath, lookup);
    }
    return files.get(filePath)?.(message.line, message.column) ?? {};
  };
}
var SCHEMA, INFORMATION_URI, SRCROOT, LEVEL, MAX_RESULTS_PER_RUN, MAX_RUNS, FINGERPRINT, sarif, sarif_default;
var init_sarif = __esm({
  "packages/linter/src/formatters/sarif.ts"() {
    "use strict";
    init_paths();
    init_positions();
    init_utils();
    SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    INFORMATION_URI = "https://github.com/clearframe/clearframe";
    SRCROOT = "%SRCROOT%";
    LEVEL = { error: "error", warning: "warning", info: "note" };
    MAX_RESULTS_PER_RUN = 25e3;
    MAX_RUNS = 20;
    FINGERPRINT = "clearframeFinding/v1";
    sarif = (results, context) => {
      const metas = [...context.rules.values()];
      const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
      const driver = { name: "clearframe", version: context.version, informationUri: INFORMATION_URI, rules: metas.map((meta) => descriptor(meta, context)) };
      const endOf = endPositions(context);
      const occurrences = /* @__PURE__ */ new Map();
      const result = (filePath, message) => {
        const index = ruleIndex.get(message.ruleId);
        const uri = fileUri(rootRelative(filePath, context));
        const identity = `${message.ruleId}\0${uri}\0${message.path}`;
        const occurrence = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, occurrence);
        const end = endOf(filePath, message);
        return {
          ruleId: message.ruleId,
          ...index === void 0 ? {} : { ruleIndex: index },
          level: LEVEL[message.severity],
          message: { text: message.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: uri.startsWith("file:") ? { uri } : { uri, uriBaseId: SRCROOT },
                region: { startLine: message.line, startColumn: message.column, ...end }
              },
              // An empty pointer (the whole document, e.g. for a disable comment) names no field.
              ...message.path ? { logicalLocations: [{ fullyQualifiedName: message.path, kind: "property" }] } : {}
            }
          ],
          partialFingerprints: { [FINGERPRINT]: `${createHash("sha256").update(identity).digest("hex").slice(0, 32)}:${occurrence}` },
          ..."suppressions" in message ? (
            // SARIF wants distinct suppressions; two disable comments may give the same reason.
            { suppressions: [...new Set(message.suppressions.map((s) => s.justification))].map((justification) => ({ kind: "inSource", justification })) }
          ) : {},
          properties: { path: message.path }
        };
      };
      const all = results.flatMap(({ filePath, messages, suppressedMessages }) => [
        ...messages.map((message) => result(filePath, message)),
        ...suppressedMessages.map((message) => result(filePath, message))
      ]);
      const chunks = [];
      for (let start = 0; start < all.length; start += MAX_RESULTS_PER_RUN) chunks.push(all.slice(start, start + MAX_RESULTS_PER_RUN));
      if (chunks.length === 0) chunks.push([]);
      if (chunks.length > 1) {
        context.warn?.(
          `${all.length.toLocaleString("en")} SARIF results, more than GitHub code scanning takes in one run (${MAX_RESULTS_PER_RUN.toLocaleString("en")}); written as ${chunks.length} runs${chunks.length > MAX_RUNS ? `, more than the ${MAX_RUNS} runs GitHub accepts in one file, so the upload will be rejected` : ""}. GitHub shows at most 5,000 results of a run: lint fewer files at a time, or fix the most frequent findings first.`
        );
      }
      const log2 = {
        $schema: SCHEMA,
        version: "2.1.0",
        runs: chunks.map((chunk) => ({
          tool: { driver },
          originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.baseDir ?? context.cwd) } },
          // Columns come from JavaScript string offsets.
          columnKind: "utf16CodeUnits",
          results: chunk
        }))
      };
      return JSON.stringify(log2, null, 2) + "\n";
    };
    sarif_default = sarif;
  }
});

// packages/linter/src/formatters/github.ts
var github_exports = {};
__export(github_exports, {
  ANNOTATION_CAP: () => ANNOTATION_CAP,
  default: () => github_default,
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty
});
function annotation(finding3) {
  const { filePath, line, column, ruleId, severity, message } = finding3;
  const properties = `file=${escapeProperty(filePath)},line=${line},col=${column},title=${escapeProperty(`clearframe ${ruleId}`)}`;
  return `::${COMMAND[severity]} ${properties}::${escapeData(message)}`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
var ANNOTATION_CAP, COMMAND, github, github_default;
var init_github = __esm({
  "packages/linter/src/formatters/github.ts"() {
    "use strict";
    init_paths();
    init_utils();
    ANNOTATION_CAP = 50;
    COMMAND = { error: "error", warning: "warning", info: "notice" };
    github = (results, context) => {
      const bySeverity = groupBySeverity(results.flatMap(({ filePath, messages }) => messages.map((message) => ({ ...message, filePath: rootRelative(filePath, context) }))));
      const ordered = severities.flatMap((severity) => bySeverity[severity]);
      const lines = ordered.slice(0, ANNOTATION_CAP).map(annotation);
      const hidden = ordered.length - ANNOTATION_CAP;
      if (hidden > 0) {
        lines.push(`clearframe: ${plural(hidden, "more finding")} not annotated (at most ${ANNOTATION_CAP} annotations); run clearframe lint without --format github to see every finding`);
      }
      const counts = totals(results);
      const files = plural(counts.files, "file");
      lines.push(ordered.length === 0 ? `clearframe: no problems in ${files}` : `clearframe: ${severitySummary(counts)} in ${files}`);
      return lines.join("\n") + "\n";
    };
    github_default = github;
  }
});

// packages/linter/src/formatters/junit.ts
var junit_exports = {};
__export(junit_exports, {
  default: () => junit_default
});
function testsuite(result, failing) {
  const classname = xmlEscape(result.filePath.replace(/\.ya?ml$/i, ""));
  const seen = /* @__PURE__ */ new Map();
  const name = (m) => {
    const base = `${m.ruleId} ${m.path || "(file)"}`;
    const count2 = (seen.get(base) ?? 0) + 1;
    seen.set(base, count2);
    return count2 === 1 ? base : `${base} #${count2}`;
  };
  const testcase = (caseName, body) => `    <testcase classname="${classname}" name="${xmlEscape(caseName)}" time="0"${body ? `>
      ${body}
    </testcase>` : "/>"}`;
  let failures = 0;
  const cases = result.messages.map((m) => {
    const details = xmlEscape(`${result.filePath}:${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId}${m.path ? `, field ${m.path}` : ""})`);
    if (!failing.has(m.severity)) return testcase(name(m), `<system-out>${details}</system-out>`);
    failures++;
    return testcase(name(m), `<failure message="${xmlEscape(m.message)}" type="${m.severity}">${details}</failure>`);
  });
  for (const m of result.suppressedMessages) {
    const reasons = m.suppressions.map((s) => s.justification).join("; ");
    cases.push(testcase(name(m), `<skipped message="${xmlEscape(`suppressed by a disable comment: ${reasons}`)}"/>`));
  }
  if (cases.length === 0) cases.push(testcase("no problems"));
  const skipped = result.suppressedMessages.length;
  const xml = [
    `  <testsuite name="${xmlEscape(result.filePath)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    "  </testsuite>"
  ].join("\n");
  return { tests: cases.length, failures, xml };
}
var junit, junit_default;
var init_junit = __esm({
  "packages/linter/src/formatters/junit.ts"() {
    "use strict";
    init_utils();
    junit = (results, context) => {
      const failing = new Set(severities.slice(0, severities.indexOf(context.junitFailures ?? "error") + 1));
      const suites = results.map((result) => testsuite(result, failing));
      const sum = (key) => suites.reduce((total, s) => total + s[key], 0);
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        // junit-10.xsd allows no `skipped` on <testsuites>; each <testsuite> carries its own.
        `<testsuites name="clearframe" tests="${sum("tests")}" failures="${sum("failures")}" errors="0" time="0">`,
        ...suites.map((s) => s.xml),
        "</testsuites>",
        ""
      ].join("\n");
    };
    junit_default = junit;
  }
});

// packages/linter/src/formatters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  TOP_FINDINGS: () => TOP_FINDINGS,
  cell: () => cell,
  default: () => markdown_default
});
function where2(finding3, linkBase) {
  const label = cell(`${finding3.filePath}:${finding3.line}:${finding3.column}`);
  if (!linkBase || finding3.filePath.startsWith("/")) return label;
  const path = finding3.filePath.split("/").map(encodeURIComponent).join("/");
  return `[${label}](${linkBase.replace(/\/+$/, "")}/${path}#L${finding3.line})`;
}
function cell(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim().replace(/[\\`*_{}[\]<>()#+!|&~]/g, (char) => `\\${char}`);
}
var TOP_FINDINGS, ICON, markdown, markdown_default;
var init_markdown = __esm({
  "packages/linter/src/formatters/markdown.ts"() {
    "use strict";
    init_paths();
    init_utils();
    TOP_FINDINGS = 20;
    ICON = { error: "❌", warning: "⚠️", info: "ℹ️" };
    markdown = (results, context) => {
      const counts = totals(results);
      const findings = results.flatMap(({ filePath, messages }) => messages.map((message) => ({ ...message, filePath: rootRelative(filePath, context) })));
      const files = plural(counts.files, "file");
      if (findings.length === 0) {
        return `### clearframe: no problems in ${files}
${counts.suppressed ? `
${plural(counts.suppressed, "finding")} suppressed by disable comments.
` : ""}`;
      }
      const byRule = /* @__PURE__ */ new Map();
      for (const finding3 of findings) {
        const row = byRule.get(finding3.ruleId) ?? { error: 0, warning: 0, info: 0 };
        row[finding3.severity]++;
        byRule.set(finding3.ruleId, row);
      }
      const rows = [...byRule].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || a.localeCompare(b));
      const ruleCell = (id) => {
        const url = context.rules.get(id)?.docsUrl;
        return url ? `[${cell(id)}](${url})` : cell(id);
      };
      const bySeverity = groupBySeverity(findings);
      const top = severities.flatMap((severity) => bySeverity[severity]).slice(0, TOP_FINDINGS);
      const lines = [
        `### clearframe: ${severitySummary(counts)} in ${files}`,
        "",
        "| Rule | Errors | Warnings | Infos |",
        "| --- | ---: | ---: | ---: |",
        ...rows.map(([id, row]) => `| ${ruleCell(id)} | ${row.error} | ${row.warning} | ${row.info} |`),
        "",
        findings.length > TOP_FINDINGS ? `#### First ${TOP_FINDINGS} of ${findings.length} findings` : "#### Findings",
        "",
        "| | Where | Rule | Message |",
        "| --- | --- | --- | --- |",
        ...top.map((f) => `| ${ICON[f.severity]} ${f.severity} | ${where2(f, context.linkBase)} | ${ruleCell(f.ruleId)} | ${cell(f.message)} |`)
      ];
      if (counts.suppressed) lines.push("", `${plural(counts.suppressed, "finding")} suppressed by disable comments.`);
      return lines.join("\n") + "\n";
    };
    markdown_default = markdown;
  }
});

// packages/linter/src/detach.ts
function detach(text) {
  return JSON.parse(JSON.stringify(text));
}
var init_detach = __esm({
  "packages/linter/src/detach.ts"() {
    "use strict";
  }
});

// packages/linter/src/disable.ts
function parseDirectives(text, file) {
  if (!text.includes("clearframe-disable")) return [];
  const directives = [];
  const lines = text.split(/\r?\n/);
  let ends;
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent = "", kind, rest = ""] = match;
    const split = rest.indexOf("--");
    const ids = (split === -1 ? rest : rest.slice(0, split)).split(/[\s,]+/).filter(Boolean);
    const reason = split === -1 ? "" : rest.slice(split + 2).trim();
    const line = index + 1;
    let from = 1;
    let to = Number.MAX_SAFE_INTEGER;
    if (kind === "next-line") {
      ends ??= file ? nodeEnds2(file) : /* @__PURE__ */ new Map();
      from = line + 1;
      to = ends.get(from) ?? from;
    }
    directives.push({ kind, line, column: indent.length + 1, ruleIds: ids.map(detach), reason: detach(reason), from, to });
  });
  return directives;
}
function nodeEnds2(file) {
  const ends = /* @__PURE__ */ new Map();
  const lineOf = (offset) => file.lineCounter.linePos(offset).line;
  const note = (start, end) => {
    if (start === void 0 || end === void 0) return;
    const line = lineOf(start);
    let last = end - 1;
    while (last > start && /\s/.test(file.text.charAt(last))) last--;
    ends.set(line, Math.max(ends.get(line) ?? line, lineOf(last)));
  };
  (0, import_yaml3.visit)(file.doc, {
    Pair(_, pair) {
      if (!(0, import_yaml3.isPair)(pair)) return;
      const key = pair.key;
      const value = pair.value;
      note(key?.range?.[0], value?.range?.[1] ?? key?.range?.[1]);
    },
    Seq(_, seq) {
      for (const item of seq.items) note(item?.range?.[0], item?.range?.[1]);
    }
  });
  return ends;
}
function applyDirectives(messages, directives, knownRuleIds2, locked = LOCKED) {
  const suppressedFrom = /* @__PURE__ */ new Map();
  if (directives.length === 0) return { messages, suppressed: [], suppressedFrom, directiveMessages: [] };
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  for (const message of messages) {
    const matching = locked.has(message.ruleId) ? [] : directives.filter((d) => d.ruleIds.includes(message.ruleId) && message.line >= d.from && message.line <= d.to);
    if (matching.length === 0) {
      kept.push(message);
      continue;
    }
    for (const d of matching) used.add(`${d.line}:${message.ruleId}`);
    suppressedFrom.set(message, { ...message, suppressions: matching.map((d) => ({ kind: "directive", justification: d.reason })) });
  }
  const directiveMessages = [];
  for (const d of directives) {
    const at3 = { line: d.line, column: d.column, path: "" };
    if (d.reason === "") {
      directiveMessages.push({ ...at3, ...finding2(disable_without_reason_default, "noReason", { kind: d.kind }) });
    }
    if (d.ruleIds.length === 0) {
      directiveMessages.push({ ...at3, ...finding2(unused_disable_default, "noRuleIds", { kind: d.kind }) });
    }
    for (const id of d.ruleIds) {
      const lockedBecause = locked.get(id);
      if (!knownRuleIds2.has(id)) {
        directiveMessages.push({ ...at3, ...finding2(unused_disable_default, "unknownRule", { id, kind: d.kind }) });
      } else if (lockedBecause !== void 0) {
        directiveMessages.push({ ...at3, ...finding2(unused_disable_default, "locked", { id, reason: lockedBecause }) });
      } else if (!used.has(`${d.line}:${id}`)) {
        const unused = d.kind === "file" ? finding2(unused_disable_default, "unusedInFile", { id }) : finding2(unused_disable_default, "unusedOnLines", { id, lines: `${d.from}${d.to > d.from ? `–${d.to}` : ""}` });
        directiveMessages.push({ ...at3, ...unused });
      }
    }
  }
  return { messages: kept, suppressed: [...suppressedFrom.values()], suppressedFrom, directiveMessages };
}
function finding2(rule, messageId, data) {
  return { ruleId: rule.meta.id, messageId, message: renderMessage(rule.meta, messageId, data) };
}
var import_yaml3, DIRECTIVE, LOCKED;
var init_disable = __esm({
  "packages/linter/src/disable.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    init_detach();
    init_rule();
    init_disable_without_reason();
    init_unused_disable();
    DIRECTIVE = /^(\s*)#\s*clearframe-disable-(next-line|file)\b(.*)$/;
    LOCKED = /* @__PURE__ */ new Map([
      ["disable-without-reason", "cannot be disabled"],
      ["unused-disable", "cannot be disabled"],
      ["schema", "cannot be disabled: fix the field (schema findings are always errors)"]
    ]);
  }
});

// packages/linter/src/guard.ts
function guardPolicy(policy, invalid) {
  const unknown = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Map();
  for (const [file, problems] of invalid) {
    for (const p of problems) {
      if (p.missing) continue;
      if (p.unknownKey) (unknown.get(file) ?? unknown.set(file, /* @__PURE__ */ new Set()).get(file)).add(p.pointer);
      else (failed.get(file) ?? failed.set(file, []).get(file)).push(p.pointer);
    }
  }
  let touched = false;
  const isUnknown = (pointer) => {
    const origin = policy.origin(pointer);
    return unknown.get(origin.file)?.has(origin.pointer) ?? false;
  };
  const isInvalid = (pointer) => {
    const origin = policy.origin(pointer);
    return (failed.get(origin.file) ?? []).some((p) => p === "" || origin.pointer === p || origin.pointer.startsWith(`${p}/`));
  };
  const views = /* @__PURE__ */ new WeakMap();
  const view = (target, pointer) => {
    let proxy = views.get(target);
    if (proxy) return proxy;
    const childPointer = (key) => pointer + toPointer([key]);
    proxy = new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === "symbol") return Reflect.get(object, key, receiver);
        const own = Object.hasOwn(object, key);
        if (Array.isArray(object) && !own) return Reflect.get(object, key, receiver);
        const at3 = childPointer(key);
        if (own && isUnknown(at3)) return void 0;
        if (isInvalid(at3)) {
          touched = true;
          return void 0;
        }
        const value = Reflect.get(object, key, receiver);
        return value !== null && typeof value === "object" ? view(value, at3) : value;
      },
      has(object, key) {
        if (typeof key === "string" && Object.hasOwn(object, key) && isUnknown(childPointer(key))) return false;
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        return Reflect.ownKeys(object).filter((key) => typeof key !== "string" || Array.isArray(object) || !isUnknown(childPointer(key)));
      },
      getOwnPropertyDescriptor(object, key) {
        if (typeof key === "string" && !Array.isArray(object) && Object.hasOwn(object, key) && isUnknown(childPointer(key))) return void 0;
        const descriptor2 = Reflect.getOwnPropertyDescriptor(object, key);
        if (descriptor2 && typeof key === "string" && "value" in descriptor2) {
          const at3 = childPointer(key);
          if (isInvalid(at3)) {
            touched = true;
            return { ...descriptor2, value: void 0 };
          }
          if (descriptor2.value !== null && typeof descriptor2.value === "object") return { ...descriptor2, value: view(descriptor2.value, at3) };
        }
        return descriptor2;
      }
    });
    views.set(target, proxy);
    return proxy;
  };
  return {
    value: view(policy.value, ""),
    get touched() {
      return touched;
    },
    reset() {
      touched = false;
    }
  };
}
var init_guard = __esm({
  "packages/linter/src/guard.ts"() {
    "use strict";
    init_dist();
  }
});

// packages/linter/src/layout.ts
function clinicFromPath(relativePath) {
  const parts = relativePath.split("/");
  const index = parts.indexOf("clinics");
  return index !== -1 && index < parts.length - 2 ? parts[index + 1] : "";
}
var init_layout = __esm({
  "packages/linter/src/layout.ts"() {
    "use strict";
  }
});

// packages/linter/src/lint.ts
import { readFileSync as readFileSync2, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute4, posix as posix3, relative as relative5, resolve as resolve6, sep as sep5 } from "node:path";
function todayUtc() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function lintProject(paths, options = {}) {
  return lintRun(paths, options, true);
}
async function lintFiles(paths, options = {}) {
  return (await lintRun(paths, options, false)).results;
}
async function lintRun(paths, options, keepPolicies) {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig(cwd);
  const root = options.root ?? config.baseDir;
  const today = options.today ?? todayUtc();
  const read = options.reader ?? diskReader;
  const floor = options.floor ?? /* @__PURE__ */ new Set();
  const rulesFor = withFloor(settingsResolver(config), floor);
  const locked = new Map(LOCKED);
  for (const id of floor) if (!locked.has(id)) locked.set(id, "cannot be disabled for publishing: it is part of the publishing floor");
  const states = /* @__PURE__ */ new Map();
  const seenMessages = /* @__PURE__ */ new Map();
  const projectPolicies = [];
  const runs = [];
  const defaultsCache = /* @__PURE__ */ new Map();
  const loadFile = async (path) => {
    const bytes = await read(path);
    if (bytes === void 0) return void 0;
    if (typeof bytes === "object" && "tooLarge" in bytes) {
      return { problems: [{ line: 1, column: 1, pointer: "", message: `file is ${(bytes.tooLarge / 1048576).toFixed(1)} MB; policy files are limited to ${MAX_FILE_BYTES / 1048576} MB` }] };
    }
    return loadPolicySource(path, bytes);
  };
  const loadDefaults = async (path) => {
    if (!options.reader) assertInsideOnDisk(path, root, cwd);
    if (!defaultsCache.has(path)) defaultsCache.set(path, await loadFile(path));
    return defaultsCache.get(path);
  };
  const stateOf = (path, file, text) => {
    let state = states.get(path);
    if (!state) {
      state = { path, filePath: display(path, cwd), messages: [], directives: text === void 0 ? [] : parseDirectives(text, file) };
      states.set(path, state);
    }
    return state;
  };
  const add = (state, message) => {
    const key = `${state.filePath}\0${message.ruleId}\0${message.line}:${message.column}\0${message.message}`;
    const seen = seenMessages.get(key);
    if (seen) return seen;
    const stored = { ...message, message: detach(message.message), path: detach(message.path) };
    seenMessages.set(key, stored);
    state.messages.push(stored);
    return stored;
  };
  const reportIn = (state, file, ruleId, severity, pointer, messageId, data) => reportAt(state, locate(file, pointer), ruleId, severity, pointer, messageId, data);
  const reportAt = (state, { line, column }, ruleId, severity, pointer, messageId, data) => {
    const message = renderMessage(rules.get(ruleId).meta, messageId, data);
    return add(state, { ruleId, severity, message, line, column, path: pointer, messageId });
  };
  for (const input of paths) {
    const path = resolve6(cwd, input);
    const settings = rulesFor(path);
    const loaded = defaultsCache.get(path) ?? await loadFile(path);
    if (!loaded) throw new FileReadError(`no such file: ${display(path, cwd)}`);
    const state = stateOf(path, loaded.file, loaded.file?.text);
    const schema = settings.get("schema");
    for (const p of loaded.problems) add(state, at2("schema", schema.severity, p, p.pointer));
    const file = loaded.file;
    if (!file) continue;
    for (const [id2, setting] of settings) {
      rules.get(id2).checkFile?.({ file, report: (pointer, messageId, data) => void reportIn(state, file, id2, setting.severity, pointer, messageId, data) });
    }
    const invalidAt = new Set(loaded.problems.map((p) => p.pointer));
    const document = file.value;
    if (document === null || typeof document !== "object" || Array.isArray(document) || invalidAt.has("/kind")) continue;
    if (document.kind === "ClinicDefaults") {
      defaultsCache.set(path, loaded);
      continue;
    }
    if (document.kind !== "CommunicationPolicy" || invalidAt.has("/extends")) continue;
    const resolved = await resolveExtends(file, { load: loadDefaults, root, display: (p) => display(p, cwd) });
    if (!resolved.policy) {
      for (const p of resolved.problems) add(state, at2("schema", schema.severity, p, p.pointer));
      continue;
    }
    const policy = resolved.policy;
    const id = document.metadata?.id;
    if (typeof id === "string" && !invalidAt.has("/metadata/id") && !invalidAt.has("/metadata")) {
      const clinic = detach(typeof document.metadata.clinic === "string" ? document.metadata.clinic : clinicFromPath(relative5(root, path).split(sep5).join("/")));
      const positions = new Map(PROJECT_POINTERS.map((pointer) => [pointer, locate(file, pointer)]));
      projectPolicies.push({ path, positions, filePath: state.filePath, clinic, id: detach(id) });
    }
    const invalid = /* @__PURE__ */ new Map([[file, loaded.problems]]);
    if (options.freeze && loaded.problems.length === 0) deepFreeze(policy.value);
    const owned = keepPolicies ? structuredClone(policy.value) : policy.value;
    const run = { document: owned, path, chain: [policy.file, ...policy.chain].map((f) => f.path), findings: [] };
    if (keepPolicies) runs.push(run);
    runPolicyRules(policy, invalid, settings, today, (origin, message) => {
      const owner = stateOf(origin.path, origin, origin.text);
      const stored = add(owner, message);
      if (keepPolicies) run.findings.push({ state: owner, message: stored });
    });
  }
  for (const [id, rule] of rules) {
    if (!rule.checkProject) continue;
    rule.checkProject({
      policies: projectPolicies,
      report(policy, pointer, messageId, data) {
        const entry = policy;
        const setting = rulesFor(entry.path).get(id);
        const at3 = entry.positions.get(pointer) ?? entry.positions.get("/metadata");
        if (setting) reportAt(states.get(entry.path), at3, id, setting.severity, pointer, messageId, data);
      }
    });
  }
  const outcome = /* @__PURE__ */ new Map();
  const results = [...states.values()].map((state) => finish(state, rulesFor(state.path), locked, outcome));
  return { results, policies: runs.map((run) => lintedPolicy(run, outcome, cwd)) };
}
async function lintSourcesProject(sources, options = {}) {
  const byPath = new Map(sources.map((s) => [posix3.join("/", s.path), s.source]));
  return lintProject([...byPath.keys()], {
    ...options,
    config: options.config ?? defaultConfig("/"),
    cwd: "/",
    root: "/",
    reader: async (path) => byPath.get(path)
  });
}
async function lintSources(sources, options = {}) {
  return (await lintSourcesProject(sources, options)).results;
}
function withFloor(resolve11, floor) {
  if (floor.size === 0) return resolve11;
  const raised = /* @__PURE__ */ new Map();
  return (path) => {
    const settings = resolve11(path);
    let out = raised.get(settings);
    if (!out) {
      const copy = new Map(settings);
      for (const id of floor) {
        const rule = rules.get(id);
        if (!rule) continue;
        copy.set(id, { severity: "error", options: settings.get(id)?.options ?? optionDefaults(rule.meta) });
      }
      raised.set(settings, out = copy);
    }
    return out;
  };
}
function assertInsideOnDisk(path, root, cwd) {
  const real = (p) => {
    try {
      return realpathSync2(p);
    } catch {
      return p;
    }
  };
  const target = real(path);
  const inside = relative5(real(root), target);
  if (inside === ".." || inside.startsWith(`..${sep5}`) || isAbsolute4(inside)) {
    throw new FileReadError(`${display(path, cwd)} leads outside the repository through a symbolic link (to ${target})`);
  }
}
function runPolicyRules(policy, invalid, settings, today, emit) {
  const hasProblems = [...invalid.values()].some((problems) => problems.length > 0);
  const guard = hasProblems ? guardPolicy(policy, invalid) : void 0;
  const value = guard?.value ?? policy.value;
  for (const [id, setting] of settings) {
    const rule = rules.get(id);
    if (!rule.check) continue;
    guard?.reset();
    const found = [];
    try {
      const spec = value.spec;
      rule.check({
        policy: value,
        spec: spec !== null && typeof spec === "object" ? spec : {},
        options: setting.options,
        today,
        report(path, messageId, data) {
          found.push({ ruleId: id, severity: setting.severity, message: renderMessage(rule.meta, messageId, data), line: 0, column: 0, path, messageId });
        }
      });
    } catch (error) {
      if (guard?.touched && !rule.meta.fieldLocal) continue;
      throw error;
    }
    if (guard?.touched && !rule.meta.fieldLocal) continue;
    for (const message of found) {
      const origin = placeOf(policy, message.path);
      const location = locate(origin.file, origin.pointer);
      emit(origin.file, { ...message, line: location.line, column: location.column });
    }
  }
}
function placeOf(policy, path) {
  const segments = pointerSegments(path);
  let node = policy.value;
  let depth2 = 0;
  for (const segment of segments) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) break;
    node = node[segment];
    depth2++;
  }
  if (depth2 === segments.length) return policy.origin(path);
  for (let d = depth2; d >= 0; d--) {
    const origin = policy.origin(toPointer(segments.slice(0, d)));
    if (origin.file === policy.file) return origin;
  }
  return { file: policy.file, pointer: "" };
}
function at2(ruleId, severity, position, path) {
  return { ruleId, severity, message: position.message, line: position.line, column: position.column, path };
}
function finish(state, settings, locked, outcome) {
  const applied = applyDirectives(state.messages, state.directives, knownRuleIds, locked);
  for (const message of state.messages) outcome.set(message, applied.suppressedFrom.get(message));
  const directiveMessages = applied.directiveMessages.flatMap((m) => {
    const setting = settings.get(m.ruleId);
    return setting ? [{ ...m, severity: setting.severity }] : [];
  });
  const messages = [...applied.messages, ...directiveMessages].sort(byPosition);
  return { filePath: state.filePath, messages, suppressedMessages: applied.suppressed.sort(byPosition) };
}
function lintedPolicy(run, outcome, cwd) {
  const messages = [];
  const suppressedMessages = [];
  for (const { state, message } of run.findings) {
    const suppressed2 = outcome.get(message);
    if (suppressed2) suppressedMessages.push({ ...suppressed2, filePath: state.filePath });
    else messages.push({ ...message, filePath: state.filePath });
  }
  const order = (a, b) => a.filePath === b.filePath ? byPosition(a, b) : a.filePath < b.filePath ? -1 : 1;
  return {
    filePath: display(run.path, cwd),
    document: run.document,
    files: run.chain.map((path) => display(path, cwd)),
    messages: messages.sort(order),
    suppressedMessages: suppressedMessages.sort(order)
  };
}
function deepFreeze(value) {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child2 of Object.values(value)) deepFreeze(child2);
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
function display(path, cwd) {
  const shown = relative5(cwd, path).split(sep5).join("/");
  return shown === "" ? path : shown;
}
var PROJECT_POINTERS, FileReadError, knownRuleIds, diskReader;
var init_lint = __esm({
  "packages/linter/src/lint.ts"() {
    "use strict";
    init_dist();
    init_config();
    init_disable();
    init_guard();
    init_layout();
    init_rules();
    init_rule();
    init_detach();
    PROJECT_POINTERS = ["/metadata", "/metadata/id", "/metadata/clinic"];
    FileReadError = class extends Error {
      name = "FileReadError";
    };
    knownRuleIds = new Set(rules.keys());
    diskReader = async (path) => {
      try {
        const info = statSync2(path);
        if (info.isDirectory()) throw new FileReadError(`${path} is a directory`);
        if (info.size > MAX_FILE_BYTES) return { tooLarge: info.size };
        return readFileSync2(path);
      } catch (error) {
        if (error instanceof FileReadError) throw error;
        const code = error.code;
        if (code === "ENOENT") return void 0;
        throw new FileReadError(`cannot read ${path}: ${code ?? String(error)}`);
      }
    };
  }
});

// packages/linter/src/publish.ts
var publish_exports = {};
__export(publish_exports, {
  USAGE: () => USAGE,
  publishCommand: () => publishCommand
});
import { readFile } from "node:fs/promises";
import { posix as posix4, relative as relative6, resolve as resolve7, sep as sep6 } from "node:path";
import { parseArgs } from "node:util";
async function publishCommand(args, io) {
  try {
    const options = parseOptions(args);
    const { protocol, hostname } = new URL(options.endpoint);
    if (protocol === "http:" && !["localhost", "127.0.0.1", "[::1]"].includes(hostname)) {
      io.stderr(`clearframe publish: warning: the token goes to ${hostname} unencrypted; use an https URL
`);
    }
    const { groups, config } = await clinicFiles(options, io.cwd);
    let rejected = false;
    for (const [clinic, paths] of groups) {
      const files = await Promise.all(paths.map(async (path) => ({ path, source: await readFile(resolve7(io.cwd, path), "utf8") })));
      const payload = await send(options, { clinic, files, ...config ? { config } : {}, ...options.commit ? { commit: options.commit } : {}, ...options.prune ? { prune: true } : {} });
      report2(clinic, payload, io);
      if (payload.status === "REJECTED") rejected = true;
    }
    return rejected ? 1 : 0;
  } catch (error) {
    if (error instanceof PublishError || error instanceof ConfigError || error instanceof PathError) {
      io.stderr(`clearframe publish: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}
function parseOptions(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { api: { type: "string" }, token: { type: "string" }, clinic: { type: "string" }, commit: { type: "string" }, config: { type: "string" }, prune: { type: "boolean" } },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new PublishError(`${error.message.replace(/\. To specify a positional argument.*$/s, "")}

${USAGE}`);
  }
  const { values, positionals } = parsed;
  const api = values.api ?? process.env.CLEARFRAME_API_URL;
  const token = values.token ?? process.env.CLEARFRAME_TOKEN;
  if (!api) throw new PublishError(`--api URL is required (or set CLEARFRAME_API_URL)

${USAGE}`);
  if (!token) throw new PublishError(`--token TOKEN is required (or set CLEARFRAME_TOKEN; create one with \`clearframe-api token create --clinic <slug>\`)

${USAGE}`);
  let url;
  try {
    url = new URL(api);
  } catch {
    throw new PublishError(`--api "${api}" is not a URL, e.g. https://policies.example.org`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new PublishError(`--api must be an http or https URL, not ${url.protocol}`);
  if (!url.pathname.endsWith("/graphql")) url.pathname = posix4.join(url.pathname, "graphql");
  if (values.clinic !== void 0 && !SLUG.test(values.clinic)) throw new PublishError(`--clinic "${values.clinic}" is not a clinic slug`);
  return {
    endpoint: url.toString(),
    token,
    clinic: values.clinic,
    commit: values.commit ?? (process.env.GITHUB_SHA || process.env.CI_COMMIT_SHA || void 0),
    config: values.config,
    prune: values.prune ?? false,
    paths: positionals
  };
}
async function clinicFiles(options, cwd) {
  const config = loadConfig(options.config, cwd);
  const configFile = config.filePath ? { path: sendablePath(config.filePath, cwd), source: await readFile(config.filePath, "utf8") } : void 0;
  const files = (await collectFiles(options.paths, config, cwd)).map((file) => toRelative(file, cwd));
  const groups = /* @__PURE__ */ new Map();
  const homeless = [];
  for (const file of files) {
    const clinic = options.clinic ?? clinicFromPath(file);
    if (clinic === "") homeless.push(file);
    else groups.set(clinic, (groups.get(clinic) ?? /* @__PURE__ */ new Set()).add(file));
  }
  if (homeless.length > 0) {
    throw new PublishError(`cannot tell the clinic of ${homeless.join(", ")}: keep policies under clinics/<clinic>/ or pass --clinic <slug>`);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [clinic, set] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const file of [...set]) await addExtendsTargets(file, set, cwd, 0);
    result.set(clinic, [...set].sort());
  }
  return { groups: result, config: configFile };
}
function sendablePath(file, cwd) {
  const rel = relative6(cwd, file).split(sep6).join("/");
  return rel.startsWith("../") || !/\.ya?ml$/.test(rel) ? CONFIG_FILE : rel;
}
async function addExtendsTargets(file, set, cwd, depth2) {
  if (depth2 >= MAX_EXTENDS_DEPTH) return;
  let target;
  try {
    target = (0, import_yaml4.parse)(await readFile(resolve7(cwd, file), "utf8"))?.extends;
  } catch {
    return;
  }
  if (typeof target !== "string") return;
  const path = posix4.normalize(posix4.join(posix4.dirname(file), target));
  if (path.startsWith("../") || set.has(path)) return;
  try {
    await readFile(resolve7(cwd, path));
  } catch {
    return;
  }
  set.add(path);
  await addExtendsTargets(path, set, cwd, depth2 + 1);
}
function toRelative(file, cwd) {
  const rel = relative6(cwd, file).split(sep6).join("/");
  if (rel.startsWith("../") || rel === ".." || resolve7(cwd, rel) !== file) {
    throw new PublishError(`${file} is outside the working directory: run clearframe publish from the repository root`);
  }
  return rel;
}
async function send(options, input) {
  let response;
  try {
    response = await fetch(options.endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${options.token}`
      },
      body: JSON.stringify({ query: MUTATION, variables: { input }, operationName: "PublishPolicies" }),
      signal: AbortSignal.timeout(TIMEOUT_MS)
    });
  } catch (error2) {
    const cause = error2.cause;
    const reason = error2.name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1e3} s` : cause?.code ?? cause?.message ?? error2.message;
    throw new PublishError(`cannot reach the API at ${options.endpoint}: ${reason}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new PublishError(`unexpected answer from ${options.endpoint}: HTTP ${response.status}, not GraphQL`);
  }
  const error = body.errors?.[0];
  if (error) throw new PublishError(`${input.clinic}: the API refused the publish (${error.extensions?.code ?? `HTTP ${response.status}`}): ${error.message}`);
  const payload = body.data?.publishPolicies;
  if (!payload) throw new PublishError(`unexpected answer from ${options.endpoint}: HTTP ${response.status} without a publish result`);
  return payload;
}
function report2(clinic, payload, io) {
  if (payload.status === "REJECTED") {
    io.stdout(`${clinic}: rejected, nothing was published. Fix these errors and publish again:
`);
    for (const result of payload.rejected) {
      const of = (m) => m.filePath === result.filePath ? "" : `  (in ${result.filePath})`;
      for (const m of result.messages) io.stdout(`  ${m.filePath}:${m.line}:${m.column}  ${m.severity.toLowerCase()}  ${m.message}  ${m.ruleId}${of(m)}
`);
    }
    return;
  }
  io.stdout(`${clinic}: ${payload.status === "PUBLISHED" ? "published" : "unchanged, nothing to publish"}
`);
  const counts = new Map(payload.results.map((r) => [r.filePath, r]));
  for (const change of payload.changes) {
    const result = change.reason === "PUBLISHED" ? counts.get(change.filePath) : void 0;
    const exceptions = change.policy.exceptions.length;
    const notes = [
      change.reason === "CLINIC_DEFAULTS" ? "changed by clinic defaults" : "",
      result?.warningCount ? `${result.warningCount} warning${result.warningCount === 1 ? "" : "s"}` : "",
      result?.infoCount ? `${result.infoCount} info` : "",
      exceptions ? `${exceptions} exception${exceptions === 1 ? "" : "s"}: ${[...new Set(change.policy.exceptions.map((e) => e.ruleId))].join(", ")}` : ""
    ].filter(Boolean).join(", ");
    io.stdout(`  ${change.change.toLowerCase().padEnd(9)} ${change.filePath} → ${clinic}/${change.policy.slug} v${change.version.number}${notes ? ` (${notes})` : ""}
`);
  }
  for (const policy of payload.retired) io.stdout(`  ${"retired".padEnd(9)} ${clinic}/${policy.slug} (no longer in the repository)
`);
}
var import_yaml4, USAGE, MUTATION, TIMEOUT_MS, MAX_EXTENDS_DEPTH, PublishError;
var init_publish = __esm({
  "packages/linter/src/publish.ts"() {
    "use strict";
    init_dist();
    import_yaml4 = __toESM(require_dist(), 1);
    init_config();
    init_files();
    init_layout();
    USAGE = `Usage: clearframe publish --api URL [--token TOKEN] [--clinic SLUG] [--commit SHA] [--config FILE] [--prune] [paths…]

Sends policy files to the Clearframe API, one publish per clinic (the directory under clinics/,
or --clinic), with the repository's clearframe.config.yaml. The server lints them again with that
config and its publishing floor, and publishes them when no file has an error.
  --api URL       the API (http://host:4000 or …/graphql); env CLEARFRAME_API_URL
  --token TOKEN   publish token of the clinic; env CLEARFRAME_TOKEN (preferred in CI)
  --clinic SLUG   publish every file to this clinic
  --commit SHA    commit recorded with new versions; default env GITHUB_SHA or CI_COMMIT_SHA
  --config FILE   linter config that selects the files and is sent (default: clearframe.config.yaml)
  --prune         retire the clinic's published policies that are not among the files sent
                  (in the same transaction); send the whole clinic directory with it
Exit codes: 0 published or unchanged, 1 rejected (lint errors), 2 usage, config, network or auth error.`;
    MUTATION = `mutation PublishPolicies($input: PublishPoliciesInput!) {
  publishPolicies(input: $input) {
    status
    changes { filePath change reason policy { slug lintStatus exceptions { ruleId } } version { number } }
    retired { slug retiredAt }
    rejected { filePath messages { filePath ruleId severity message line column } }
    results { filePath warningCount infoCount }
  }
}`;
    TIMEOUT_MS = 6e4;
    MAX_EXTENDS_DEPTH = 8;
    PublishError = class extends Error {
      name = "PublishError";
    };
  }
});

// packages/linter/src/parallel.ts
var parallel_exports = {};
__export(parallel_exports, {
  collisions: () => collisions,
  display: () => display2,
  groupingIsSafe: () => groupingIsSafe,
  groupsOf: () => groupsOf,
  isLintWorker: () => isLintWorker,
  lintConcurrently: () => lintConcurrently,
  lintInParts: () => lintInParts,
  lintPart: () => lintPart,
  merge: () => merge2,
  resolveCollisions: () => resolveCollisions,
  runLintWorker: () => runLintWorker,
  splitInputs: () => splitInputs,
  workerCount: () => workerCount
});
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname4, relative as relative7, resolve as resolve8, sep as sep7 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
function display2(path, cwd) {
  const shown = relative7(cwd, path).split(sep7).join("/");
  return shown === "" ? path : shown;
}
function groupingIsSafe() {
  return [...rules.values()].every((rule) => !rule.checkProject || rule.meta.id === "duplicate-id");
}
async function lintPart(paths, options) {
  const run = await lintProject(paths, options);
  const root = options.root ?? options.config.baseDir;
  return {
    results: run.results,
    policies: run.policies.map((p) => {
      const id = p.document.metadata?.id;
      const clinics = /* @__PURE__ */ new Set([p.document.metadata?.clinic, clinicFromPath(relative7(root, resolve8(options.cwd, p.filePath)).split(sep7).join("/"))]);
      return {
        filePath: p.filePath,
        files: p.files,
        touched: [...new Set([...p.messages, ...p.suppressedMessages].map((m) => m.filePath))],
        ids: typeof id === "string" ? [...clinics].filter((c) => typeof c === "string").map((c) => `${c}\0${id}`) : []
      };
    })
  };
}
function groupsOf(part, inputs, unseen) {
  const parent = /* @__PURE__ */ new Map();
  const find = (x) => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root);
    parent.set(x, root);
    return root;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const input of inputs) find(input);
  for (const result of part.results) find(result.filePath);
  for (const policy of part.policies) {
    for (const file of [...policy.files, ...policy.touched]) union(policy.filePath, file);
    for (const id of policy.ids) union(policy.filePath, `id\0${id}`);
  }
  const index = new Map(inputs.map((input, i) => [input, i]));
  const anchor = /* @__PURE__ */ new Map();
  for (const [i, input] of inputs.entries()) anchor.set(input, i);
  for (const policy of part.policies) {
    const at3 = index.get(policy.filePath);
    for (const file of policy.touched) if (!((anchor.get(file) ?? Infinity) <= at3)) anchor.set(file, at3);
  }
  const resolvedPolicies = new Set(part.policies.map((p) => p.filePath));
  const groups = /* @__PURE__ */ new Map();
  const groupOf = (node) => {
    const root = find(node);
    let group = groups.get(root);
    if (!group) groups.set(root, group = { inputs: [], files: [], ids: [], results: [], anchors: [], volatile: false });
    return group;
  };
  for (const input of inputs) {
    const group = groupOf(input);
    group.inputs.push(input);
    if (!resolvedPolicies.has(input) && unseen(input)) group.volatile = true;
  }
  for (const node of parent.keys()) {
    if (node.startsWith("id\0")) groupOf(node).ids.push(node.slice(3));
    else groupOf(node).files.push(node);
  }
  for (const result of part.results) {
    const group = groupOf(result.filePath);
    const at3 = anchor.get(result.filePath);
    if (at3 === void 0) throw new Error(`internal: no input created the result of ${result.filePath}`);
    group.results.push(result);
    group.anchors.push(inputs[at3]);
  }
  for (const group of groups.values()) group.ids.sort();
  return [...groups.values()].filter((g) => g.inputs.length > 0 || g.results.length > 0);
}
function collisions(parts) {
  const owner = /* @__PURE__ */ new Map();
  const clash = /* @__PURE__ */ new Set();
  parts.forEach((groups, part) => {
    for (const group of groups) {
      for (const key of [...group.files, ...group.ids.map((id) => `id\0${id}`)]) {
        const seen = owner.get(key);
        if (seen !== void 0 && seen !== part) clash.add(key);
        else owner.set(key, part);
      }
    }
  });
  const colliding = /* @__PURE__ */ new Set();
  for (const groups of parts) {
    for (const group of groups) {
      if ([...group.files, ...group.ids.map((id) => `id\0${id}`)].some((key) => clash.has(key))) colliding.add(group);
    }
  }
  return colliding;
}
function merge2(groups, inputs) {
  const index = new Map(inputs.map((input, i) => [input, i]));
  const rows = [];
  groups.forEach((group, g) => {
    group.results.forEach((result, position) => {
      const at3 = index.get(group.anchors[position]);
      if (at3 === void 0) throw new Error(`internal: ${group.anchors[position]} is not an input of this run`);
      rows.push({ at: at3, group: g, position, result });
    });
  });
  rows.sort((a, b) => a.at - b.at || a.group - b.group || a.position - b.position);
  return rows.map((row) => row.result);
}
function workerCount(concurrency, files) {
  if (concurrency === "off") return 1;
  if (concurrency === "auto") return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 200)));
  return Math.max(1, Math.min(concurrency, files));
}
function splitInputs(paths, count2) {
  const parts = [];
  let start = 0;
  for (let k = 1; k <= count2 && start < paths.length; k++) {
    let end = k === count2 ? paths.length : Math.max(start + 1, Math.round(paths.length * k / count2));
    while (end < paths.length && end > start && dirname4(paths[end]) === dirname4(paths[end - 1])) end++;
    parts.push(paths.slice(start, end));
    start = end;
  }
  if (start < paths.length) parts.push(paths.slice(start));
  return parts;
}
function isLintWorker() {
  return !isMainThread && workerData?.[WORKER_KEY] !== void 0;
}
function workerEntry() {
  const self = new URL(import.meta.url);
  if (self.pathname.endsWith("/parallel.js")) return new URL("./lint-worker.js", self);
  if (!self.pathname.endsWith(".ts")) return self;
  const built = new URL("../dist/lint-worker.js", self);
  if (!existsSync3(fileURLToPath2(built))) throw new Error("--concurrency needs the built linter (npm run build)");
  return built;
}
function runPartInWorker(task) {
  return new Promise((resolvePart, reject) => {
    const worker = new Worker(workerEntry(), { workerData: { [WORKER_KEY]: task } });
    let settled = false;
    worker.once("message", (message) => {
      settled = true;
      if (message.ok) resolvePart(message.ok);
      else reject(message.error?.name === "FileReadError" ? new FileReadError(message.error.message) : new Error(message.error?.message ?? "lint worker failed"));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`lint worker stopped (exit code ${code}) before it answered`));
    });
  });
}
async function runLintWorker() {
  const task = workerData[WORKER_KEY];
  try {
    const config = task.configFile ? loadConfig(task.configFile, task.cwd) : defaultConfig(task.baseDir);
    if (JSON.stringify(config) !== task.configJson) throw new Error("internal: a lint worker loaded a different configuration");
    const ok = await lintPart(task.paths, { config, cwd: task.cwd, today: task.today, root: task.root, floor: task.floor ? new Set(task.floor) : void 0 });
    parentPort.postMessage({ ok });
  } catch (error) {
    parentPort.postMessage({ error: { name: error.name, message: error.message ?? String(error) } });
  }
}
async function lintInParts(paths, options, count2, unseen) {
  const cwd = options.cwd;
  const split = count2 > 1 && groupingIsSafe() ? splitInputs(paths, count2) : [paths.slice()];
  const task = (part) => ({
    paths: part,
    cwd,
    configFile: options.config.filePath,
    baseDir: options.config.baseDir,
    configJson: JSON.stringify(options.config),
    today: options.today,
    root: options.root,
    floor: options.floor ? [...options.floor] : void 0
  });
  const settled = await Promise.allSettled(split.map((part, k) => k === 0 ? lintPart(part, options) : runPartInWorker(task(part))));
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  const outputs = settled.map((s) => s.value);
  const parts = outputs.map((output, k) => groupsOf(output, split[k].map((p) => display2(p, cwd)), unseen));
  return resolveCollisions(parts, paths, options, unseen);
}
async function resolveCollisions(parts, paths, options, unseen) {
  const colliding = collisions(parts);
  const kept = parts.flat().filter((g) => !colliding.has(g));
  if (colliding.size === 0) return kept;
  const again = new Set([...colliding].flatMap((g) => g.inputs));
  const redo = paths.filter((p) => again.has(display2(p, options.cwd)));
  const output = await lintPart(redo, options);
  const regrouped = groupsOf(output, redo.map((p) => display2(p, options.cwd)), unseen);
  if (collisions([kept, regrouped]).size > 0) throw new Error("internal: groups linted together still share files with others");
  return [...kept, ...regrouped];
}
async function lintConcurrently(paths, options, concurrency) {
  const absolute = paths.map((p) => resolve8(options.cwd, p));
  const count2 = workerCount(concurrency, absolute.length);
  if (count2 === 1 || !groupingIsSafe()) return lintFiles(absolute, options);
  const groups = await lintInParts(absolute, options, count2, () => true);
  return merge2(groups, absolute.map((p) => display2(p, options.cwd)));
}
var WORKER_KEY;
var init_parallel = __esm({
  "packages/linter/src/parallel.ts"() {
    "use strict";
    init_config();
    init_lint();
    init_layout();
    init_rules();
    WORKER_KEY = "clearframeLintPart";
  }
});

// packages/linter/src/docs.ts
var docs_exports = {};
__export(docs_exports, {
  ruleDoc: () => ruleDoc
});
function ruleDoc(id) {
  return { "between-sessions": '# between-sessions\n\nRequire a statement on whether and how clients can reach you between sessions (contact.betweenSessions).\n\n- Severity (recommended preset): info\n- Source: Balick — Aaron Balick\'s guidance for UK therapists on writing a digital policy\n\n## Rule Details\n\nPhones make a therapist seem always reachable, and clients cannot know whether a message sent between sessions will be read, answered, or kept for the next session. Aaron Balick lists whether you can be reached between sessions among the simple decisions a therapist should make early and share with clients, because a clear answer keeps both sides safe.\n\nThis rule reports a policy with no `contact.betweenSessions` text, including one with no `contact` section at all.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n    betweenSessions: Messages are for logistics; therapy happens in session.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. Whatever your answer is, writing it down is what helps.\n', "concern-channel": "# concern-channel\n\nRequire at least one private channel for raising concerns (concerns.channels).\n\n- Severity (recommended preset): info\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nA client who is unhappy with something, or who was upset by something the therapist posted online, needs a way to say so that does not mean posting a public review or comment, which would expose the client as well. Social workers' policies built on the 2017 NASW standards offer private, even anonymous, routes: a contact form where a pseudonym is fine, or a comment card in the waiting room.\n\nThis rule reports a policy with no non-empty entry in `concerns.channels`, including one with no `concerns` section at all.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  concerns:\n    note: Let me know if anything bothers you.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  concerns:\n    channels:\n      - Website contact form (a pseudonym is fine)\n      - Comment card in the waiting room\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf concerns are handled by a clinic-wide process described elsewhere, put that channel in the clinic's ClinicDefaults file instead of turning the rule off.\n", "contact-by-need": "# contact-by-need\n\nRequire an administrative and a clinical route saying which contact method to use for each need.\n\n- Severity (recommended preset): warning\n- Source: PCT 2 — Person Centered Tech, Recommended elements of a Communications Policy (element 2: how to make contact for certain needs)\n\n## Rule Details\n\nPerson Centered Tech suggests naming the best way to reach you for each kind of need: small administrative matters such as rescheduling, clinical contact between sessions such as check-ins, homework and journaling, and crises. When a policy lists methods but not needs, clients guess: clinical material ends up in an unencrypted e-mail, or a cancellation goes to a portal nobody checks on Fridays.\n\nThe rule reports a missing `contact.routes.administrative` or `contact.routes.clinical`, and a route that names no method in `via` and has no `note`. A note alone is enough, for example to say that homework questions wait for the next session. The crisis route is checked by `crisis-route-required`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      administrative: {}\n      crisis:\n        instructions: Call 911 or go to the nearest emergency room.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      administrative: { via: [office-phone, email], note: Scheduling and billing }\n      clinical: { note: Please keep homework questions for our next session. }\n      crisis:\n        instructions: Call 911 or go to the nearest emergency room.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you use one method for everything, list it in both routes: it takes one line and tells clients plainly. Turn the rule off only for a policy that deliberately covers something else, such as a clinic-wide social-media policy with no contact section.\n", "contact-method-details": '# contact-method-details\n\nRequire every offered contact method to give its address (number, e-mail address, username or link) or say where clients get it (addressProvided).\n\n- Severity (recommended preset): warning (an error before format v1.1)\n- Source: PCT 1 — Person Centered Tech, Recommended elements of a Communications Policy (element 1: the best methods of contact)\n\n## Rule Details\n\nPerson Centered Tech\'s first element of a communications policy is the list of ways to reach you, together with the details a client needs to use each one: the phone number, the e-mail address, the username in an app. A method without those details tells clients that a channel exists but not how to use it, so they fall back on whatever they already have, often a personal number or a social-media message.\n\nEvery method in `contact.methods` is offered unless it says `offered: false`. The rule reports each offered method that has neither an `address` (missing or blank) nor an `addressProvided`, and the message says what kind of address fits the method (a phone number, a meeting link, a portal link, and so on). Methods you do not use need no address: mark them `offered: false`.\n\nReal policies often give a detail somewhere other than the published page: "the number you get at intake", "the link is in the client portal". Say so with `addressProvided: at-intake`, `on-request`, `in-portal` or `on-website`; clients then know where to look, and the rule is satisfied. A method of kind `in-person` (the front desk, in session) needs neither.\n\nSince format v1.1 this rule is a warning: on published policies it fired 21 times where a clinical reviewer wanted 3, because most missing addresses were given elsewhere on purpose. A missing address is a gap to fill, not a danger to clients.\n\nWith `extends`, a policy method replaces the ClinicDefaults method with the same id as a whole, so an address written only in the ClinicDefaults file is not carried over to a policy method with that id.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: office-phone\n        kind: phone\n        hours: "Mon-Fri 9:00-17:00"\n      - id: video\n        kind: video\n        setup: Open the link a few minutes early.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: office-phone\n        kind: phone\n        address: "+1 555 010 0199"\n        hours: "Mon-Fri 9:00-17:00"\n      - id: video\n        kind: video\n        address: https://video.example.org/sam-lee\n        setup: Open the link a few minutes early.\n      - id: email\n        kind: email\n        offered: false\n        note: I don\'t use e-mail with clients.\n      - id: cell\n        kind: sms\n        addressProvided: at-intake\n        condition: Only after your first appointment.\n      - id: front-desk\n        kind: in-person\n        hours: "Mon-Fri 9:00-17:00"\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you deliberately keep a detail out of the published policy (for example a direct line that you give clients in person at intake), use `addressProvided` rather than turning the rule off: it tells clients where the detail comes from.\n', "crisis-number-jurisdiction": '# crisis-number-jurisdiction\n\nEnforce that crisis contacts include the emergency number of the policy\'s country and no other country\'s.\n\n- Severity (recommended preset): warning\n- Source: — (a Clearframe check of the listed numbers against the policy\'s jurisdiction; no outside guideline)\n\n## Rule Details\n\nPolicies travel. Therapists adapt templates written in other countries (Aaron Balick, writing for UK therapists, describes building his own policy from Keely Kolmes\' US one), and clinic groups copy policies between offices. A US "call 911" that survives into a UK policy sends a client in crisis to a number that does not work where they are, at the worst possible moment.\n\nThe rule runs only when `contact.routes.crisis.contacts` exists. It takes the country from `metadata.jurisdiction` (a subdivision such as `US-CA` or `GB-SCT` counts as its country) and reports, once each:\n\n- a missing emergency number: no contact has one of the numbers expected for the country;\n- each foreign number: a contact whose number is another country\'s emergency number.\n\n| Country | Expected (any one) |\n|---|---|\n| US, CA | 911 |\n| GB | 999 or 112 |\n| IE | 112 or 999 |\n| AU | 000 or 112 |\n| NZ | 111 |\n| EU and EEA member states | 112 |\n\nNumbers flagged as foreign: 911 outside the US and Canada, 999 outside the UK and Ireland, 000 outside Australia. 111 and 112 are never flagged (NHS 111 is a UK service, and 112 works across Europe and on most mobile phones). Countries not in the table are not checked. Write numbers in quotes: `number: 000` is read as the number 0, which the schema reports.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nmetadata:\n  id: sam-lee\n  jurisdiction: GB\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Emergency services, number: "911", kind: emergency }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nmetadata:\n  id: sam-lee\n  jurisdiction: GB\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Samaritans, number: "116 123", kind: crisis-line }\n          - { name: Emergency services, number: "999", kind: emergency }\n          - { name: NHS 111, number: "111", kind: other }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you work online with clients who live in another country, a foreign number may be exactly what they need. Keep it, say in `instructions` whom it is for, and disable the finding on that contact with a reason, rather than turning the rule off for the whole policy.\n', "crisis-number-outdated": '# crisis-number-outdated\n\nDisallow retired crisis numbers in crisis contacts (1-800-273-8255 before 988, Samaritans 08457 90 90 90 before 116 123).\n\n- Severity (recommended preset): warning\n- Source: — (the services\' own announcements: SAMHSA, "988 Suicide & Crisis Lifeline", July 2022; Samaritans, free number 116 123)\n\n## Rule Details\n\nCrisis numbers change, and policies are copied from templates that were written before the change. Consent forms published in 2024 still print the US National Suicide Prevention Lifeline at 1-800-273-8255 (1-800-273-TALK), which became the 988 Suicide & Crisis Lifeline in July 2022; UK leaflets still print the Samaritans\' old charged number 08457 90 90 90, replaced by the free 116 123. A client in crisis should find the number the service itself advertises today: it is the one that is free, takes texts where the service does, and will keep working.\n\nThe rule reads the `number` of every crisis contact (`contact.routes.crisis.contacts`) and reports each one that dials a retired number, however it is written: with dashes, dots or brackets, with the country code (`+1`, `+44`), without the leading `1` or `0`, or in letters (`1-800-273-TALK`). One finding per contact, on its `number`. The text of `instructions` is not read.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: National Suicide Prevention Lifeline, number: "1-800-273-8255", kind: crisis-line }\n          - { name: Emergency services, number: "911", kind: emergency }\n```\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Samaritans, number: "08457 90 90 90", kind: crisis-line }\n          - { name: Emergency services, number: "999", kind: emergency }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: 988 Suicide & Crisis Lifeline, number: "988", text: true, kind: crisis-line }\n          - { name: Emergency services, number: "911", kind: emergency }\n```\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Samaritans, number: "116 123", hours: 24/7, kind: crisis-line }\n          - { name: Emergency services, number: "999", kind: emergency }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. If a service you list really still uses one of these numbers for a different purpose, disable the rule on that contact with a reason that says so.\n', "crisis-route-actionable": '# crisis-route-actionable\n\nRequire a crisis route to give clients something to act on: a contact with a number or link, or an offered contact method.\n\n- Severity (recommended preset): error\n- Source: PCT 2, ACA H.2 — Person Centered Tech, Recommended elements of a Communications Policy (which method for which need, including crises and emergencies); ACA Code of Ethics (2014) H.2, informed consent for distance communication (what to do in an emergency)\n\n## Rule Details\n\nA crisis route that is only words — "we are not able to respond to emergencies" — is honest, but it sends a client in danger nowhere. Person Centered Tech asks a communications policy to say which way to reach help in a crisis, and the ACA Code (H.2) asks counsellors who work at a distance to tell clients what to do in an emergency. Both mean something a client can act on: a number to call, a crisis chat to open, or a line of the practice that is answered.\n\nThe rule runs when `contact.routes.crisis` has `instructions` or `contacts` (an empty or missing crisis route is `crisis-route-required`). It reports on the crisis route when no entry of `crisis.contacts` has a `number` or a `url`, and no entry of `crisis.via` names an existing contact method that is offered. The text of `instructions` is never parsed: a number written only there does not count, because the client-facing page and the API cannot turn it into a tap-to-call button. When `via` lists only asynchronous methods (e-mail, texts, a portal), the problem is reported once, by `crisis-route-async-only`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        instructions: We are not able to respond to emergencies.\n```\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        instructions: In an emergency call 911 or go to the nearest emergency room.\n        contacts:\n          - { name: Your local emergency room }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        instructions: We are not able to respond to emergencies. Call or text 988, or call 911.\n        contacts:\n          - { name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line, text: true }\n          - { name: Emergency services, number: "911", kind: emergency }\n```\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: on-call, kind: phone, address: "+1 555 010 0142", hours: Day and night }\n    routes:\n      crisis:\n        instructions: Call our on-call clinician, day and night.\n        via: [on-call]\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nDo not turn it off to publish. If your crisis help really is a place rather than a number (an emergency department you walk into), list the emergency number next to it anyway: a client who cannot get there still needs someone to call. The rule is part of the publishing floor, so a server will refuse a policy that fails it whatever the configuration says.\n', "crisis-route-async-only": '# crisis-route-async-only\n\nDisallow a crisis route that relies only on e-mail, text or other message-based methods without a crisis or emergency number.\n\n- Severity (recommended preset): error\n- Source: PCT, NASW — Person Centered Tech, Recommended elements of a Communications Policy; NASW Code of Ethics (2017) and the NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice (2017)\n\n## Rule Details\n\nSomeone in crisis needs a person who answers now. E-mail, texts, secure messages, client portals and web forms all wait in an inbox until you read them, which may be after a session, the next morning, or after a weekend away. A crisis route that points only at those channels quietly tells a client in danger to wait.\n\nPerson Centered Tech recommends that a communications policy say how to reach help in a crisis or emergency, separately from everyday contact. The NASW technology standards ask that clients agree to electronic communication knowing its limits, and a delay in reading messages is the limit that matters most in an emergency.\n\nThe rule looks at `contact.routes.crisis.via`. It reports when the offered methods listed there are all asynchronous (`email`, `sms`, `secure-messaging`, `portal`, `web-form`) and no entry in `crisis.contacts` has a `number`. Any contact with a number is enough: a crisis line, the emergency number, or a local crisis team. The text of `instructions` is shown to clients but never read by the linter, so a number written only there does not count; put it in `contacts` as well. Methods that do not exist or are not offered are left to `route-unknown-method`, and a missing crisis route is left to `crisis-route-required`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: email, kind: email, address: sam@example.org }\n    routes:\n      crisis:\n        instructions: E-mail me and I will get back to you within a day.\n        via: [email]\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: email, kind: email, address: sam@example.org }\n    routes:\n      crisis:\n        instructions: I cannot respond in an emergency. Call or text 988, call 911, or go to the nearest emergency room.\n        contacts:\n          - { name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line }\n          - { name: Emergency services, number: "911", kind: emergency }\n        via: []\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nThere is rarely a good reason to turn this rule off. If your practice does staff a message channel around the clock, list that service in `crisis.contacts` with its number instead of disabling the rule, so clients can see it is a real crisis service.\n', "crisis-route-required": '# crisis-route-required\n\nRequire a crisis route (contact.routes.crisis) with instructions or crisis contacts.\n\n- Severity (recommended preset): error\n- Source: PCT 2 — Person Centered Tech, "Recommended elements of a Communications Policy", element 2 (which method for which need, crises and emergencies included)\n\n## Rule Details\n\nA communications policy is read by people who may one day be in danger. Person Centered Tech lists crises and emergencies among the needs every policy must route: a client has to know, before it happens, that a message left on a portal may not be read for a day and where to turn instead.\n\nThis rule reports a policy with no `contact.routes.crisis`, or a crisis route that has neither `instructions` nor any `contacts`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      administrative: { via: [office-phone] }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    routes:\n      crisis:\n        instructions: I am not available for emergencies. Call or text 988, call 911, or go to the nearest emergency room.\n        contacts:\n          - { name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line }\n          - { name: Emergency services, number: "911", kind: emergency }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. Every practice needs to tell clients what to do in an emergency, even if the answer is "not me".\n', "data-protection-registration": "# data-protection-registration\n\nRequire a data-protection registration (privacy.dataProtection.registration) for practices in the United Kingdom (GB).\n\n- Severity (recommended preset): warning\n- Source: Balick (ICO) — Aaron Balick's guidance for UK therapists on writing a digital policy, on registering with the Information Commissioner's Office\n\n## Rule Details\n\nA therapist who keeps client names, notes or contact details on a computer or phone is handling personal data, and in the UK that usually means registering with the Information Commissioner's Office (ICO) and paying its data protection fee. Aaron Balick's guidance for therapists says plainly that they should register. Putting the registration in the policy shows clients that their records are held by an accountable data controller, and gives them an authority to turn to.\n\nThis rule runs when `metadata.jurisdiction` is `GB` or a subdivision such as `GB-SCT`, and reports a policy with no `privacy.dataProtection.registration`, including one with no `privacy` section at all (no other rule reports a missing `privacy` section). Use `GB`, not `UK`: `GB` is the ISO code.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nmetadata:\n  id: sam-patel\n  jurisdiction: GB-ENG\nspec:\n  privacy:\n    dataProtection:\n      encryption: My laptop and phone are encrypted.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nmetadata:\n  id: sam-patel\n  jurisdiction: GB-ENG\nspec:\n  privacy:\n    dataProtection:\n      encryption: My laptop and phone are encrypted.\n      registration: { authority: ICO, number: ZA123456 }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you are exempt from the ICO fee (check the ICO's own self-assessment), disable the finding in your policy with a `# clearframe-disable-next-line data-protection-registration -- <reason>` comment that records why. Outside the UK the rule does nothing.\n", "disable-without-reason": '# disable-without-reason\n\nRequire a reason ("-- why") on every clearframe-disable comment.\n\n- Severity (recommended preset): error\n- Source: — (Clearframe inline disable comments)\n\n## Rule Details\n\nA policy review should be able to see why a check was silenced: "we use the hospital\'s crisis team instead" is a decision, an unexplained disable comment is a hole. Inline comments take the form `# clearframe-disable-next-line <rule-id>[, <rule-id>] -- <reason>` or `# clearframe-disable-file <rule-id> -- <reason>`. A comment without a reason still suppresses the findings it names, and is itself reported by this rule. This rule cannot be disabled.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  # clearframe-disable-next-line texting-stance\n  contact:\n    methods: []\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  # clearframe-disable-next-line texting-stance -- the clinic\'s phone system cannot receive texts; said in the intake letter\n  contact:\n    methods: []\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIt cannot be turned off inline. A repository can lower it in `clearframe.config.yaml`, but a reason costs one line.\n', "duplicate-id": '# duplicate-id\n\nDisallow two policies with the same clinic and id, and two contact methods with the same id.\n\n- Severity (recommended preset): error\n- Source: — (the Clearframe policy format)\n\n## Rule Details\n\nA policy is published and linked by its clinic and `metadata.id`; two files claiming the same id would overwrite each other\'s published version, and the shareable link a client was given would suddenly show another clinician\'s policy. Contact method ids are how routes name methods, so two methods with one id make a route ambiguous (and `extends` merging by id would drop one of them).\n\nAcross files, every file involved is reported at its `metadata.id`. The clinic is `metadata.clinic`, else the directory name under `clinics/`; policies with no clinic share one namespace. Within a file (a policy or a ClinicDefaults file), each repeated contact method id is reported after its first use.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\n# clinics/riverbend/policies/jane.yaml and clinics/riverbend/policies/jane-rivera.yaml both say:\nmetadata:\n  id: jane-rivera\n```\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: phone, kind: phone, address: "+1 555 010 0199" }\n      - { id: phone, kind: sms, offered: false }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n      - { id: text, kind: sms, offered: false }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on.\n', "faster-reply-disclaimer": '# faster-reply-disclaimer\n\nRequire stating that replies faster than the turnaround time are not guaranteed (turnaround.fasterRepliesNotGuaranteed: true).\n\n- Severity (recommended preset): warning\n- Source: PCT 3 — Person Centered Tech, Recommended elements of a Communications Policy (element 3: an official turnaround time)\n\n## Rule Details\n\nA therapist who happens to answer within minutes a few times teaches clients to expect minutes. When the next reply takes the official day, the client may worry or feel dropped. Person Centered Tech recommends adding to the turnaround time that a quick answer now and then is luck, not a promise.\n\nThe rule runs when a `turnaround` section exists and reports it when `turnaround.fasterRepliesNotGuaranteed` is not `true`: missing, or `false` (which reads as "quick replies are guaranteed"). Say it in your own words in `turnaround.note` as well, since that is the text clients read.\n\nSince format v1.1 the rule does not run when the turnaround is given only as a `turnaround.schedule` (a reply window in words such as "E-mails received by Tuesday noon are answered by Thursday 5 pm.") with no `within`: the schedule already states the window. With both, the rule reads `within` as before; a range such as `24-48h` is a `within` like any other.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    within: 24h\n    excludes: [weekends]\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    within: 24h\n    excludes: [weekends]\n    fasterRepliesNotGuaranteed: true\n    note: I sometimes answer sooner, but please don\'t count on it.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your service does guarantee fast answers (for example a staffed line with a response target shorter than the turnaround time), the disclaimer would be untrue: turn the rule off for that policy in the config.\n', "following-clients": "# following-clients\n\nDisallow following clients on social media (following.therapistFollowsClients: true).\n\n- Severity (recommended preset): warning\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nFollowing someone is usually public: the client's followers, and the therapist's, can see the connection and may guess that the two know each other through therapy. It also puts the client's posts in the therapist's feed, which blurs the line between what is brought to sessions and what is collected elsewhere. The 2017 NASW technology standards advise against following clients online, and policies built on them state that the therapist does not follow clients.\n\nThis rule reports `socialMedia.following.therapistFollowsClients: true`. Leaving the field out is not reported.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    following: { therapistFollowsClients: true }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    following:\n      therapistFollowsClients: false\n      note: I follow only professional organisations and colleagues.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your practice model deliberately includes following clients (for example, a group programme run on a private platform with informed consent), disable the finding on that line with a reason rather than turning the rule off for every policy.\n", "friending-confidentiality": "# friending-confidentiality\n\nRequire a confidentialityNote when friending clients is allowed or case-by-case.\n\n- Severity (recommended preset): error\n- Source: Kolmes — Keely Kolmes' private-practice social media policy; NASW 2017 — NASW Code of Ethics and Standards for Technology in Social Work Practice\n\n## Rule Details\n\nKeely Kolmes' widely adapted policy explains why she does not accept friend requests from clients: a friend list is visible to others and can reveal who is in therapy with whom, and being connected blurs the therapeutic relationship. The NASW technology standards likewise discourage personal social-media relationships with clients.\n\nSome therapists still decide to accept connections, always or case by case. This rule does not forbid that choice; it requires the policy to explain the confidentiality risk to the client (`socialMedia.friending.confidentialityNote`) whenever `allowed` is `true` or `case-by-case`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    friending:\n      allowed: case-by-case\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    friending:\n      allowed: case-by-case\n      confidentialityNote: If we connect, others who see my contacts may guess that you are my client. Let's talk it through first.\n```\n\n```yaml\nspec:\n  socialMedia:\n    friending:\n      allowed: false\n      rationale: Being connected online could reveal that you are my client.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. If friending is allowed, clients deserve to hear the risk from the policy they sign.\n", "message-records": '# message-records\n\nRequire a policy that offers messaging (e-mail, texts, secure messages, portal, web form) to say whether messages become part of the clinical record (privacy.records).\n\n- Severity (recommended preset): info\n- Source: NASW 2017, PCT — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice (2017), informed consent and documentation of electronic communication; Person Centered Tech, Recommended elements of a Communications Policy\n\n## Rule Details\n\nClients write differently when they know a message will be filed. Many practices keep messages about care in the clinical record, where the client (and sometimes an insurer or a court) can later read them; others keep only a note that a message was received. The NASW technology standards ask social workers to tell clients how electronic communications are documented, and Person Centered Tech\'s communications policy covers what happens to messages. Real policies say it in one sentence: "E-mails about your treatment become part of your clinical record."\n\nThe rule runs when the policy offers at least one message-based method (kind `email`, `sms`, `secure-messaging`, `portal` or `web-form`, `offered` not false, conditions included) and reports a missing or blank `privacy.records`. The message names the kinds offered. It fires whether or not a `privacy` section exists.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: email, kind: email, address: office@practice.example, riskNote: E-mail is not encrypted. }\n  privacy:\n    electronicRisks: E-mail is not encrypted and may be read by others.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: email, kind: email, address: office@practice.example, riskNote: E-mail is not encrypted. }\n  privacy:\n    electronicRisks: E-mail is not encrypted and may be read by others.\n    records: E-mails about your care become part of your clinical record; scheduling e-mails are deleted after a year.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you offer no message-based method, the rule never fires.\n', "online-encounters": "# online-encounters\n\nRequire a statement on chance encounters online (socialMedia.encounters).\n\n- Severity (recommended preset): info\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nTherapist and client may meet online by accident: in a group, a comment thread, a shared friend's post. Many therapists already tell clients what happens if they meet in the street (the therapist will not greet the client unless the client approaches first). Policies written on the 2017 NASW standards carry the same promise online: the therapist will not interact, and will leave the exchange as soon as they can, unless the client chooses otherwise.\n\nThis rule reports a `socialMedia` section with no `encounters` text. It runs only when `socialMedia` exists; a missing `socialMedia` section is reported by `social-media-section`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    uses: true\n    friending: { allowed: false }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    uses: true\n    friending: { allowed: false }\n    encounters: If we meet online by chance I won't interact unless you approach me first.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nEven therapists with no social-media presence meet clients online now and then, so keep it on; a single sentence satisfies it.\n", "placeholder-text": '# placeholder-text\n\nDisallow template text left in a policy, such as "[insert #]", "Your Name", "TODO" or a phone number of zeros.\n\n- Severity (recommended preset): error\n- Source: — (clients read the policy verbatim; a template blank in it is a number they cannot call)\n\n## Rule Details\n\nMost therapists start from a template: a colleague\'s policy, an insurer\'s or association\'s form, or `clearframe init`. Template blanks that survive into the published policy are worse than a missing field, because they look filled in: a crisis line of `[insert #]` or an office phone of `+00 000 000 0000` passes every other check and leaves a client with nothing to dial.\n\nThe rule reads every string of the effective policy, `metadata` included, and reports the first piece of template text in each field (one finding per field), at that field:\n\n- `[…]` holding a fill-in word: insert, enter, fill, name, number, phone, address, e-mail/email, date, your, or `#` (`[insert #]`, `[Your Name]`; `[sic]` is fine);\n- `<…>` unless it is a link or an e-mail address in angle brackets (`<Practice name>` counts, `<https://…>` does not);\n- three or more underscores (`________`, a signature line);\n- `TODO`, `TBD`, `FIXME`, `XXX` as whole words in capitals;\n- `CHANGE ME` in any case; `Your Name` as the whole value in any case, or written as a title (`Dr. Your Name`) — "leave your name and number" is an instruction, not a blank;\n- a value that is only a phone number of four or more zeros after an optional country code (`+00 000 000 0000`, `0000`); Australia\'s emergency number `000` is not a placeholder;\n- an all-zero ICO registration number (`Z0000000`).\n\nReserved example hosts (`example.com`, `*.example`) are not placeholders: documentation and demos use them. `clearframe init` writes its "fill in" markers as bracketed text, so a fresh starter policy fails this rule on exactly the lines still to fill in.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nmetadata:\n  clinician: { name: Your Name }\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+00 000 000 0000" }\n    routes:\n      crisis:\n        instructions: After hours call our answering service.\n        contacts:\n          - { name: Answering service, number: "[insert #]", kind: crisis-line }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nmetadata:\n  clinician: { name: Dr. Jane Rivera }\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n    routes:\n      crisis:\n        instructions: After hours call our answering service.\n        contacts:\n          - { name: Answering service, number: "+1 555 010 0142", kind: crisis-line }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nWhen a policy is still a draft that nobody outside the practice reads. Keep drafts out of the lint with the config\'s `exclude` (for example `**/drafts/**`) rather than disabling the rule in the file: the rule is part of the publishing floor, and a server refuses a policy that fails it.\n', "policy-review-stale": "# policy-review-stale\n\nRequire the policy to have been reviewed (metadata.reviewed, else metadata.effective) within maxAgeDays of the lint date.\n\n- Severity (recommended preset): warning\n- Source: Balick — Aaron Balick's guidance for UK therapists on writing a digital policy\n\n## Rule Details\n\nPractices change: a new messaging app, a different video platform, a page on a new network, a different phone number. A policy that was accurate two years ago can quietly promise things that no longer happen. Aaron Balick encourages therapists to treat their digital policy as something they keep adapting as they learn, not a document written once.\n\nThis rule takes the date of the last review, `metadata.reviewed`, or `metadata.effective` when there is no review date, and reports it when it is strictly more than `maxAgeDays` days before the lint date (`--today`, default today in UTC). A policy reviewed exactly `maxAgeDays` days ago passes. A policy with neither date is reported too.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\n# linted on 2026-06-01: last review more than 365 days ago\nmetadata:\n  id: jane-rivera\n  jurisdiction: US-CA\n  effective: 2024-03-01\n  reviewed: 2025-02-10\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\n# linted on 2026-06-01\nmetadata:\n  id: jane-rivera\n  jurisdiction: US-CA\n  effective: 2024-03-01\n  reviewed: 2026-01-15\n```\n\n## Options\n\n- `maxAgeDays` (integer, at least 1, default `365`): how many days a review stays current.\n\n```yaml\n# clearframe.config.yaml\nrules:\n  policy-review-stale: [warning, { maxAgeDays: 180 }]\n```\n\n## When Not To Use It\n\nIf your policies are reviewed on a fixed schedule tracked somewhere else (a compliance calendar), you may turn the rule off, but keeping `metadata.reviewed` current is what tells clients the policy is still true.\n", "professional-page-stance": '# professional-page-stance\n\nRequire every professional page to say whether clients may follow it (clientsMayFollow).\n\n- Severity (recommended preset): info\n- Source: Kolmes — Keely Kolmes, "My Private Practice Social Media Policy" (professional pages: "if you are a client, please don\'t follow or fan this page")\n\n## Rule Details\n\nA practice\'s Facebook page, Instagram account or LinkedIn page is public, and so is its list of followers. Keely Kolmes\' social-media policy, the template most therapists adapt, makes this its central point about professional pages: a client who follows or fans the page, or likes a post, shows anyone who looks that they may be in therapy with you. Her policy asks clients not to follow the page, and explains why.\n\nThe rule reports each entry of `socialMedia.professionalPages` that has no `clientsMayFollow`. `clientsMayFollow: false` says "if you are a client, please don\'t follow this page"; `true` says you have weighed the risk and clients may. Either is an answer. `comments: open | moderated | closed` says whether the page takes comments; a closed or moderated page keeps clients from revealing themselves in public replies (see also `public-interaction`).\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    interacting: { publicReplies: discouraged }\n    professionalPages:\n      - { platform: Facebook, url: https://facebook.com/riverbend-therapy }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    interacting: { publicReplies: discouraged }\n    professionalPages:\n      - platform: Facebook\n        url: https://facebook.com/riverbend-therapy\n        clientsMayFollow: false\n        comments: closed\n        note: "If you are a client, please don\'t follow or like this page: it could show others that you see me."\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your pages are purely informational and you have decided that following them is fine, say `clientsMayFollow: true` rather than turning the rule off, so clients see the decision.\n', "public-interaction": "# public-interaction\n\nRequire a stance on public replies and comments (interacting.publicReplies) when professional pages are listed.\n\n- Severity (recommended preset): warning\n- Source: Kolmes — Keely Kolmes' private-practice social media policy\n\n## Rule Details\n\nA professional page or account is public by design. When a client comments on a post or sends an @reply, everyone who reads the thread can see that exchange, and a warm answer from the therapist can make the relationship obvious. Keely Kolmes' policy asks clients not to interact with her publicly for that reason, and explains the risk so that clients can make an informed choice.\n\nThis rule reports a policy that lists `socialMedia.professionalPages` but has no `socialMedia.interacting.publicReplies` (`allowed`, `discouraged` or `not-allowed`). An empty list of pages is not reported.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    professionalPages:\n      - { platform: Facebook, url: https://facebook.example/riverbend }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    interacting:\n      publicReplies: discouraged\n      note: Please don't reply or comment publicly; others can see it.\n    professionalPages:\n      - { platform: Facebook, url: https://facebook.example/riverbend, note: \"If you are a client, please don't follow this page.\" }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your professional pages have comments and replies switched off, you can turn this rule off; saying so in the policy (`publicReplies: not-allowed`) is still clearer for clients.\n", "published-url": "# published-url\n\nRequire a web link where clients can read the policy (sharing.url).\n\n- Severity (recommended preset): info\n- Source: Balick — Aaron Balick's guidance for UK therapists on writing a digital policy\n\n## Rule Details\n\nA policy handed over at the first session is easily lost, and the moment a client needs it (a late-night message, a friend request, a review they are thinking of writing) is rarely the moment they can find the paper. Aaron Balick suggests pointing clients to a web link where the policy can always be read. A link also lets the practice update the text in one place.\n\nThis rule reports a policy with no `sharing.url`, including one with no `sharing` section at all.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  sharing:\n    atIntake: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  sharing:\n    atIntake: true\n    url: https://riverbend.example/policies/jane-rivera\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf the policy is deliberately shared only on paper or inside a client portal that has no stable link, turn this rule off.\n", "review-sites": "# review-sites\n\nRequire a review-sites stance (socialMedia.reviewSites) that rules out public replies to reviews.\n\n- Severity (recommended preset): warning\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice; Kolmes — Keely Kolmes' private-practice social media policy\n\n## Rule Details\n\nDirectories and map listings invite ratings, and clients sometimes post reviews. Whatever a review says, a reply from the therapist confirms that the reviewer is a client and may reveal details of their care. The NASW standards warn against public responses that disclose anything about treatment, and Keely Kolmes' policy tells clients up front that she will not answer reviews publicly and that a listing is not a request for testimonials.\n\nThis rule reports a `socialMedia` section with no `reviewSites` entry, and `reviewSites.respondPublicly: true`. It runs only when `socialMedia` exists. Asking for testimonials is checked by `testimonial-solicitation`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    reviewSites: { solicitTestimonials: false, respondPublicly: true }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    reviewSites:\n      solicitTestimonials: false\n      respondPublicly: false\n      note: I won't reply to reviews, good or bad, so that no one learns you are my client.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. Practices that are never listed on review sites should still say how they would treat a review, since listings often appear without the owner's consent.\n", "route-unknown-method": '# route-unknown-method\n\nDisallow routes that name a contact method that does not exist or is not offered.\n\n- Severity (recommended preset): error\n- Source: — (a consistency check of the policy file; no outside guideline)\n\n## Rule Details\n\nRoutes tell clients which method to use for which need: `administrative`, `clinical`, `urgent` (format v1.1) and `crisis` each list method ids in `via`. When an id has a typo, or names a method you have marked `offered: false`, the published policy sends clients to a dead end — for example "text me to reschedule" a few lines after "I don\'t use texting". Clients who follow the policy are the ones who get no answer.\n\nThe rule checks every id in the `via` list of the three routes against `contact.methods` of the effective policy, including methods that come from a ClinicDefaults file. A method with no `offered` field counts as offered. Each bad id is reported on its own list item.\n\nWith `extends`, a policy method replaces the ClinicDefaults method with the same id. If your policy withdraws a clinic method (`offered: false`) that a clinic route still uses, the finding is reported once, in the ClinicDefaults file where the route is written; override that route in your policy to fix it for you alone.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n      - { id: text, kind: sms, offered: false, note: I don\'t use texting. }\n    routes:\n      administrative: { via: [office-phone, text] }\n      clinical: { via: [office-phon] }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n      - { id: text, kind: sms, offered: false, note: I don\'t use texting. }\n    routes:\n      administrative: { via: [office-phone] }\n      clinical: { via: [office-phone] }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. A route that names a missing or withdrawn method is always a mistake in what clients read; fix the id, offer the method, or remove it from the route.\n', "schema": '# schema\n\nRequire every policy file to be valid YAML that matches the Clearframe JSON Schema.\n\n- Severity (recommended preset): error\n- Source: — (the Clearframe policy format, `clearframe schema` prints it)\n\n## Rule Details\n\nEvery other rule reads fields by name, so a misspelled key (`turnarond:`) would silently hide a missing turnaround time. This rule reports, with the line and column of the offending key:\n\n- YAML that cannot be read: syntax errors, tabs used for indentation, duplicate keys, an empty file, a file that is not a mapping, binary or non-UTF-8 bytes, files over 5 MB, excessive aliases or nesting;\n- unknown fields, with a "did you mean" suggestion, and a hint when an unquoted comma inside `{ … }` created a stray key;\n- wrong types (`offered: yes` — YAML 1.2 has no yes/no booleans; `number: 000` must be quoted), values outside a list of allowed values (listed in the message), malformed or impossible dates, country codes that are not ISO 3166-1 ("UK" is GB);\n- missing required fields (`apiVersion`, `kind`, `metadata.id`, `metadata.jurisdiction` and `spec` for a policy; `id` and `kind` on every contact method);\n- an `extends` target that does not exist, is not a ClinicDefaults file, lies outside the repository, or forms a cycle.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\napiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata: { id: jane-rivera, jurisdiction: UK }\nspec:\n  turnarond: { within: 24h }\n  contact:\n    methods:\n      - { id: office, kind: phone, offered: yes }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\napiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata: { id: jane-rivera, jurisdiction: GB }\nspec:\n  turnaround: { within: 24h }\n  contact:\n    methods:\n      - { id: office, kind: phone, offered: true, address: "020 7946 0000" }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on: the other rules can only check what they can read. Editors that use yaml-language-server show the same problems as you type when the first line of the file is `# yaml-language-server: $schema=<path to policy.schema.json>`.\n', "searching-clients": "# searching-clients\n\nRequire a stance on searching for clients online (socialMedia.searchingClients).\n\n- Severity (recommended preset): warning\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nLooking a client up online gathers information the client did not choose to bring into therapy, and a client who finds out may feel watched. The 2017 NASW technology standards treat searching for clients online as something to avoid outside of exceptional situations, and the social workers' policies built on them say plainly that they do not look up clients' profiles, with any exception (such as an imminent safety concern) named in advance.\n\nThis rule reports a `socialMedia` section that has no `searchingClients` entry. It runs only when `socialMedia` exists; a missing `socialMedia` section is reported by `social-media-section`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    uses: true\n    friending: { allowed: false }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    uses: true\n    friending: { allowed: false }\n    searchingClients: { allowed: false, exceptions: Imminent safety concerns }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. Even a therapist who does search in some cases should say when, so the client is not surprised.\n", "secure-app-setup": '# secure-app-setup\n\nRequire setup instructions on every offered secure messaging, portal or video method.\n\n- Severity (recommended preset): warning\n- Source: PCT 1 — Person Centered Tech, Recommended elements of a Communications Policy (element 1: the best methods of contact)\n\n## Rule Details\n\nSecure messaging apps, client portals and video platforms usually need something from the client first: installing an app, accepting an invitation, creating an account, or testing a browser. Person Centered Tech recommends that when a method needs new software, the policy say where to get it and how to set it up. Without that, a client stuck at a sign-in screen often falls back on an insecure channel, such as ordinary texts.\n\nThe rule reports each offered method of kind `secure-messaging`, `portal` or `video` whose `setup` is missing or blank. Methods marked `offered: false` are skipped.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: spruce\n        kind: secure-messaging\n        address: "@dr-lee on Spruce"\n        secure: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: spruce\n        kind: secure-messaging\n        address: "@dr-lee on Spruce"\n        secure: true\n        setup: Install Spruce from your phone\'s app store, then accept the invitation I send you by e-mail.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf the platform sends its own setup instructions, a one-line `setup` that says so ("You will get an invitation e-mail from the portal; follow its link") is still worth writing. Turn the rule off only if none of your clients ever need to install or join anything.\n', "sharing-at-intake": '# sharing-at-intake\n\nRequire the policy to be reviewed with each client at intake (sharing.atIntake: true).\n\n- Severity (recommended preset): warning\n- Source: PCT — Person Centered Tech, "Recommended elements of a Communications Policy"; Kolmes — Keely Kolmes\' private-practice social media policy\n\n## Rule Details\n\nA policy only works if clients know it. Person Centered Tech observes that most trouble with texts and e-mails starts when the plan was never discussed with the client at the start, and that a short conversation at intake prevents much of it. Keely Kolmes likewise gives her policy to every new client. Going through it together also gives the client a chance to ask questions and say how they prefer to be contacted.\n\nThis rule reports `sharing.atIntake` when it is not `true`: set to `false`, left out, or when there is no `sharing` section at all (no other rule reports a missing `sharing` section).\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  sharing:\n    atIntake: false\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  sharing:\n    atIntake: true\n    acknowledgement: signed\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on for client-facing policies. A practice that shares the policy in another way (for example, as part of a signed consent pack before the first session) should still record that with `atIntake: true`.\n', "social-media-channel": '# social-media-channel\n\nDisallow social-media methods in the clinical, urgent and crisis routes.\n\n- Severity (recommended preset): warning\n- Source: Kolmes — Keely Kolmes\' private-practice social media policy; NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nMessages sent through social networks are stored by the platform, can show up in notifications on shared screens, and make it visible that the client and therapist are in touch. They are also easy to miss. Keely Kolmes asks clients not to use social-media messaging to contact her, and the NASW standards ask for private channels when clinical information is exchanged. Check-ins, homework and anything urgent belong on a private, reliable channel.\n\nThis rule reports each entry of `contact.routes.clinical.via`, `contact.routes.urgent.via` (format v1.1: urgent but not an emergency) and `contact.routes.crisis.via` that names a contact method of kind `social-media`. Using a social-media method for administrative matters (for example, reading opening hours on a page) is not reported. A route entry naming a method that does not exist is reported by `route-unknown-method`.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: facebook, kind: social-media, address: https://facebook.example/riverbend }\n    routes:\n      clinical: { via: [facebook] }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: facebook, kind: social-media, address: https://facebook.example/riverbend }\n      - { id: spruce, kind: secure-messaging, address: "@dr-rivera on Spruce", secure: true, setup: Install Spruce and accept my invitation. }\n    routes:\n      administrative: { via: [facebook] }\n      clinical: { via: [spruce] }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. If a platform offers a genuinely private, encrypted channel, describe it as a `secure-messaging` method instead of `social-media`.\n', "social-media-section": "# social-media-section\n\nRequire a socialMedia section, even when the practice does not use social media.\n\n- Severity (recommended preset): warning\n- Source: Kolmes — Keely Kolmes, private-practice social media policy\n\n## Rule Details\n\nKeely Kolmes' social media policy, the template many therapists adapt, starts from the idea that every practice needs one, including practices that stay off social media. Clients search for their therapists, send friend requests and comment on posts whether or not the therapist is active online, and a policy that is silent leaves each of those moments to be handled on the spot.\n\nThe rule reports a policy with no `socialMedia` section, on `spec`. If you are not on social media, say so with `uses: false` and still state your stance on friending, following and searching for clients. Rules about the fields inside the section run only once the section exists.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    betweenSessions: Messages are for scheduling only.\n  sharing:\n    atIntake: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    uses: false\n    friending: { allowed: false, rationale: A friend list could show that you are my client. }\n    searchingClients: { allowed: false }\n    encounters: If we come across each other online, I won't interact unless you approach me first.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your social-media policy is a separate document that clients receive together with this one, you may disable the rule for that file with a reason that names the other document.\n", "telehealth-licensure": "# telehealth-licensure\n\nRequire a policy that offers video to say where the clinician is licensed to practise (telehealth.licensedIn).\n\n- Severity (recommended preset): info\n- Source: ACA H.1.b, APA Telepsychology Guidelines (2013) 8 — ACA Code of Ethics (2014) H.1.b (laws and statutes of the client's location); APA Guidelines for the Practice of Telepsychology (2013), Guideline 8 (interjurisdictional practice)\n\n## Rule Details\n\nA licence to practise covers a place, and for telehealth what usually counts is where the client is during the session. ACA H.1.b reminds counselors that the laws of both their own and the client's location apply; the APA Telepsychology Guidelines (8) ask psychologists to know and follow the rules of every jurisdiction they serve. Real telehealth consent forms say it plainly: \"I am licensed in California and Nevada; you need to be in one of those states during each session.\"\n\nThe rule runs when the policy offers a method of kind `video` and reports a missing or empty `telehealth.licensedIn` (jurisdiction codes such as `US-CA`, `GB`, `AU-NSW`). Say in `telehealth.clientLocation`, in words, where the client must be. It fires whether or not a `telehealth` section exists.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: video, kind: video, address: https://doxy.me/drrivera, secure: true }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: video, kind: video, address: https://doxy.me/drrivera, secure: true }\n  telehealth:\n    licensedIn: [US-CA, US-NV]\n    clientLocation: You need to be in California or Nevada during each session.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you do not offer video, the rule never fires. A practice whose clients can only ever be in its own jurisdiction still helps them by saying so.\n", "testimonial-solicitation": "# testimonial-solicitation\n\nDisallow soliciting testimonials from clients (reviewSites.solicitTestimonials: true), and publishing testimonials in Australia (publishTestimonials: true).\n\n- Severity (recommended preset): error\n- Source: APA 5.05, NASW 4.07, AHPRA — APA Ethical Principles of Psychologists and Code of Conduct, Standard 5.05 (Testimonials); NASW Code of Ethics (2017), Standard 4.07 (Solicitations); Health Practitioner Regulation National Law (Australia), section 133, and AHPRA's Guidelines for advertising a regulated health service\n\n## Rule Details\n\nBoth the APA Ethics Code (5.05) and the NASW Code of Ethics (4.07) tell clinicians not to ask current clients, or others who could be unduly influenced, for testimonials. A client may find it hard to say no to their therapist, may feel the relationship depends on a good review, and may reveal to the world that they are in therapy by posting one.\n\nA policy that says `solicitTestimonials: true` commits the practice to exactly that, so the rule reports it as an error. Being listed on a directory or rating site is not asking for a review; a policy can say so in `reviewSites.note`, and can still welcome honest reviews that clients choose to write on their own.\n\nIn Australia the law goes further: section 133 of the Health Practitioner Regulation National Law forbids advertising a regulated health service with testimonials, whoever asked for them, and AHPRA enforces it. So for a policy whose `metadata.jurisdiction` is `AU` or `AU-*`, `reviewSites.publishTestimonials: true` is reported too. Elsewhere publishing testimonials that clients volunteered is left to your own code and judgment.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    reviewSites:\n      solicitTestimonials: true\n      note: After our work together I will send you a link to review me.\n```\n\n```yaml\nmetadata:\n  id: mia-chen\n  jurisdiction: AU-NSW\nspec:\n  socialMedia:\n    reviewSites:\n      solicitTestimonials: false\n      publishTestimonials: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  socialMedia:\n    reviewSites:\n      solicitTestimonials: false\n      respondPublicly: false\n      note: Being listed on review sites is not a request for a review, and I won't reply publicly to any review.\n```\n\n```yaml\nmetadata:\n  id: mia-chen\n  jurisdiction: AU-NSW\nspec:\n  socialMedia:\n    reviewSites:\n      solicitTestimonials: false\n      publishTestimonials: false\n      respondPublicly: false\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep the Australian part on for any practice in Australia: it restates the law. For the rest: only if neither code applies to you and your own professional code explicitly allows asking clients for testimonials. Even then, consider what asking costs the client: pressure to please you, and a public trace of being in therapy.\n", "texting-stance": '# texting-stance\n\nRequire a contact method of kind sms, offered or not, so clients know whether they can text you.\n\n- Severity (recommended preset): warning\n- Source: PCT 1 — Person Centered Tech, Recommended elements of a Communications Policy (element 1: the best methods of contact)\n\n## Rule Details\n\nClients text whatever number they have. Person Centered Tech notes that therapists complain of clients texting them even after being told they don\'t text, and recommends saying so plainly in the policy when you don\'t use texting (while also suggesting that some way to text is worth offering). A policy that never mentions texting leaves clients to assume that a message to your phone will be read.\n\nThe rule reports a policy whose `contact.methods` has no method of kind `sms`. A method with `offered: false` and a note is a complete answer. Numbers in `crisis.contacts` that accept texts do not count: they are other services, not your own stance.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }\n      - id: text\n        kind: sms\n        offered: false\n        note: I don\'t use texting; texts to my number may go unread.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf clients never get a number they could text (for example a web-only service reached through a portal), the question may not arise and you can turn the rule off in the config.\n', "turnaround-exceptions": '# turnaround-exceptions\n\nRequire turnaround.excludes, saying whether weekends, holidays and vacations count toward the reply time.\n\n- Severity (recommended preset): warning\n- Source: PCT 3, Balick — Person Centered Tech, Recommended elements of a Communications Policy (element 3: an official turnaround time); Aaron Balick, UK digital-policy guidance for therapists\n\n## Rule Details\n\n"I reply within 24 hours" means something different on a Friday evening. Person Centered Tech\'s example of an official turnaround time leaves out weekends, holidays and vacations, and Aaron Balick asks therapists to decide whether they answer at weekends at all and to tell clients. Without that, a client who writes on Saturday may read two days of silence as a lack of care.\n\nThe rule runs when a `turnaround` section exists and reports it when `turnaround.excludes` is absent. An empty list, `excludes: []`, is a complete answer: it says that the turnaround time runs every day. Besides `weekends`, `holidays` and `vacations`, the list may name `evenings`, `nights` and `outside-office-hours`, as real policies often do ("we don\'t answer messages in the evening").\n\nSince format v1.1 the rule does not run when the turnaround is given only as a `turnaround.schedule` (a reply window in words such as "E-mails received by Tuesday noon are answered by Thursday 5 pm.") with no `within`: the schedule already states the window. With both, the rule reads `within` as before; a range such as `24-48h` is a `within` like any other.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    within: 24h\n    fasterRepliesNotGuaranteed: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    within: 24h\n    excludes: [weekends, holidays, vacations]\n    fasterRepliesNotGuaranteed: true\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf your turnaround time is already explained in `turnaround.note`, still fill in `excludes`: the linter does not read the note, and the structured answer is what the published page and the API show. There is little reason to turn this rule off.\n', "turnaround-required": '# turnaround-required\n\nRequire an official turnaround time (turnaround.within or turnaround.schedule, or a turnaround.within on every offered message-based method).\n\n- Severity (recommended preset): error\n- Source: PCT 3 — Person Centered Tech, "Recommended elements of a Communications Policy", element 3 (official turnaround time)\n\n## Rule Details\n\nMany clients expect a reply to a text or e-mail within minutes. When a therapist\'s silence is not explained, a slow answer can feel like not caring, or can leave an anxious client waiting and worrying. Person Centered Tech recommends stating an official turnaround time, generous enough that the therapist can keep it (for example, 24 hours not counting weekends, holidays and vacations).\n\nThis rule reports a policy that states no turnaround. Any of these states one:\n\n- `turnaround.within`: a number followed by `h`, `hours`, `d`, `days`, `business days` or `working days` (the same as business days), or a range with the smaller number first: `24-48h`, `8–12 hours`, `1 – 2 business days`. Wherever a range is compared, its upper bound counts.\n- `turnaround.schedule`: a reply window in words, as some practices write it: "E-mails received by Tuesday noon are answered by Thursday 5 pm."\n- a `turnaround.within` on every offered message-based method (e-mail, texts, secure messaging, portal, web form), when the policy offers at least one: "phone calls returned within 1 business day, e-mails within 48 hours". A method\'s `schedule` alone does not count here, only its `within`. If only some of those methods have their own time, the message names the ones that do not.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    note: I reply as soon as I can.\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  turnaround:\n    within: 2 business days\n    excludes: [weekends, holidays, vacations]\n    fasterRepliesNotGuaranteed: true\n```\n\n```yaml\nspec:\n  turnaround:\n    within: 24-48h\n    excludes: [weekends, holidays, evenings]\n    fasterRepliesNotGuaranteed: true\n```\n\n```yaml\nspec:\n  turnaround:\n    schedule: E-mails received by Tuesday noon are answered by Thursday 5 pm.\n```\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: email\n        kind: email\n        address: office@practice.example\n        turnaround: { within: 48h, excludes: [weekends] }\n      - id: portal\n        kind: portal\n        address: https://portal.practice.example\n        turnaround: { within: 1 working day }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on. A practice that never answers messages should still say so: offer no asynchronous methods (`offered: false`) and state the turnaround for returned phone calls.\n', "unencrypted-channel-risk": "# unencrypted-channel-risk\n\nRequire a privacy-risk note for every offered e-mail or text-message channel that is not secure.\n\n- Severity (recommended preset): warning\n- Source: NASW 2017 — NASW/ASWB/CSWE/CSWA Standards for Technology in Social Work Practice\n\n## Rule Details\n\nOrdinary e-mail and text messages are not encrypted end to end. They pass through phone carriers and mail providers, stay on shared family devices and lock screens, and can be read by anyone who picks up the phone. The 2017 NASW technology standards ask social workers to obtain informed consent to electronic communication, which means telling clients plainly what those privacy risks are before they start writing.\n\nThis rule reports each offered contact method of kind `email` or `sms` that is not marked `secure: true` when the policy does not warn about the risk anywhere: neither a `riskNote` on the method nor a general `privacy.electronicRisks` statement. One `privacy.electronicRisks` text covers every insecure channel. Methods with `offered: false` are not checked (`offered` defaults to true).\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: email\n        kind: email\n        address: jane@riverbend.example\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: email\n        kind: email\n        address: jane@riverbend.example\n        secure: false\n        riskNote: Regular e-mail is not encrypted; please keep messages to scheduling.\n```\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: email\n        kind: email\n        address: jane@riverbend.example\n  privacy:\n    electronicRisks: E-mail and texts are not encrypted and may be read by others.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf every e-mail and texting channel you offer is a secure service, mark those methods `secure: true` instead of turning the rule off. Turn it off only if your consent to electronic communication is handled entirely in a separate signed document and you do not want to repeat it here.\n", "unused-disable": "# unused-disable\n\nDisallow clearframe-disable comments that suppress nothing or name an unknown rule.\n\n- Severity (recommended preset): warning\n- Source: — (Clearframe inline disable comments)\n\n## Rule Details\n\nA disable comment that no longer silences anything is misleading: after the policy is fixed, the comment stays and would quietly hide the next real problem on that line. A misspelled rule id silences nothing at all while looking as if it did. This rule reports each rule id in a disable comment that suppressed no finding, each unknown rule id, and comments that name no rule. It cannot be disabled.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  # clearframe-disable-next-line texting-stnce -- we never text\n  contact:\n    methods:\n      - { id: text, kind: sms, offered: false }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: text, kind: sms, offered: false }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIt cannot be turned off inline; remove stale disable comments instead.\n", "video-fallback": "# video-fallback\n\nRequire every offered video method to say what happens when the connection fails (fallback).\n\n- Severity (recommended preset): info\n- Source: ACA H.2 — ACA Code of Ethics (2014), standard H.2 (informed consent and security in distance counseling)\n\n## Rule Details\n\nVideo calls drop. If a connection fails in the middle of a difficult moment, a client left looking at a frozen screen does not know whether to wait, call, or try again, and may be left alone with what they just said. Section H.2 of the ACA Code of Ethics asks counselors to explain, as part of informed consent, what happens when the technology fails. A one-line plan agreed in advance removes the guesswork.\n\nThis rule reports each offered contact method of kind `video` with no `fallback` text. Methods with `offered: false` are not checked (`offered` defaults to true).\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: video\n        kind: video\n        address: https://doxy.me/drrivera\n        secure: true\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: video\n        kind: video\n        address: https://doxy.me/drrivera\n        secure: true\n        fallback: If the connection drops, I will call your phone within five minutes.\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nKeep it on if you offer video. If the fallback is the same for every clinician, put it on the method in the clinic's ClinicDefaults file.\n", "video-platform-secure": "# video-platform-secure\n\nRequire offered video methods and privacy.video to be marked secure: true.\n\n- Severity (recommended preset): warning\n- Source: Balick — Aaron Balick's guidance for UK therapists on writing a digital policy\n\n## Rule Details\n\nA video session carries the same material as a session in the consulting room, so the software it runs on matters. Aaron Balick counts video among the zones a digital policy has to cover and urges therapists to find out which video software is safe to use, rather than reaching for whatever app is at hand. A policy that names its platform and states that it is secure tells clients the question was asked and answered.\n\nThis rule reports each offered contact method of kind `video` whose `secure` is not `true`, and a `privacy.video` entry whose `secure` is not `true`. A missing `secure` is reported as well as `secure: false`: a policy should say which it is. Methods with `offered: false` are not checked.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: video\n        kind: video\n        address: https://meet.example/drrivera\n  privacy:\n    video: { platform: Generic Meet, secure: false }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - id: video\n        kind: video\n        address: https://doxy.me/drrivera\n        secure: true\n        product: Doxy.me\n  privacy:\n    video: { platform: Doxy.me, secure: true, agreement: BAA }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you knowingly offer an insecure platform as a client's informed choice (for example, the only app that works where they live), keep the rule on and silence the finding on that method with a `# clearframe-disable-next-line video-platform-secure -- <reason>` comment, and explain the risk to the client in the method's `riskNote`.\n", "video-recording-stance": '# video-recording-stance\n\nRequire a policy that offers video to say whether sessions are recorded (privacy.video.recording).\n\n- Severity (recommended preset): info\n- Source: ACA H.2, Balick — ACA Code of Ethics (2014) H.2 (informed consent and security for distance counseling); Aaron Balick\'s UK digital-policy guidance (video: safe software, what is stored)\n\n## Rule Details\n\nClients worry that a video session might be recorded, by the therapist or by the platform, and real consent forms answer it: "sessions are never recorded", "recorded only with your written consent for supervision". ACA H.2 asks counselors to tell clients about the security and privacy of distance counseling before it starts, and Balick\'s guidance asks practices to say what video software stores. A policy that offers video without a word on recording leaves the question open.\n\nThe rule runs when the policy offers a method of kind `video` (`offered` is not false) and reports a missing `privacy.video.recording`: `never`, `with-consent` or `always`. It fires whether or not `privacy.video` exists: a missing section is exactly when the stance is missing.\n\nExamples of **incorrect** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: video, kind: video, address: https://doxy.me/drrivera, secure: true }\n  privacy:\n    video: { platform: Doxy.me, secure: true, agreement: BAA }\n```\n\nExamples of **correct** policy for this rule:\n\n```yaml\nspec:\n  contact:\n    methods:\n      - { id: video, kind: video, address: https://doxy.me/drrivera, secure: true }\n  privacy:\n    video: { platform: Doxy.me, secure: true, agreement: BAA, recording: never }\n```\n\n## Options\n\nThis rule has no options.\n\n## When Not To Use It\n\nIf you do not offer video, the rule never fires. Otherwise keep it: the answer is one word.\n' }[id] ?? "";
}
var init_docs = __esm({
  "packages/linter/src/docs.ts"() {
    "use strict";
  }
});

// packages/linter/src/cache.ts
var cache_exports = {};
__export(cache_exports, {
  DEFAULT_CACHE_LOCATION: () => DEFAULT_CACHE_LOCATION,
  lintWithCache: () => lintWithCache
});
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3, renameSync, writeFileSync } from "node:fs";
import { resolve as resolve9 } from "node:path";
function hashFile(path) {
  try {
    return hash(readFileSync3(path));
  } catch {
    return null;
  }
}
function runKey(options) {
  const configText = options.config.filePath ? hashFile(options.config.filePath) : null;
  return hash(
    JSON.stringify([FORMAT, options.version, [...rules.keys()], JSON.stringify(options.config), configText, options.today ?? null, options.cwd, options.root ?? null, options.floor ? [...options.floor].sort() : null])
  );
}
function readCache(path, key) {
  try {
    const cache = JSON.parse(readFileSync3(path, "utf8"));
    return cache.format === FORMAT && cache.key === key && Array.isArray(cache.groups) ? cache.groups : [];
  } catch {
    return [];
  }
}
async function lintWithCache(paths, options) {
  const cwd = options.cwd;
  const location = resolve9(cwd, options.location);
  const key = runKey(options);
  const absolute = paths.map((p) => resolve9(cwd, p));
  const inputs = absolute.map((p) => display2(p, cwd));
  const current = /* @__PURE__ */ new Map();
  const unseenInputs = /* @__PURE__ */ new Set();
  absolute.forEach((path, i) => {
    let bytes;
    try {
      bytes = readFileSync3(path);
    } catch {
      bytes = void 0;
    }
    current.set(inputs[i], bytes ? hash(bytes) : null);
    const text = bytes?.toString("utf8") ?? "extends";
    if (/extends|\\/.test(text) && !DEFAULTS_KIND.test(text)) unseenInputs.add(inputs[i]);
  });
  const hashOf = (file2) => {
    if (!current.has(file2)) current.set(file2, hashFile(resolve9(cwd, file2)));
    return current.get(file2);
  };
  const unseen = (file2) => unseenInputs.has(file2);
  const inputSet = new Set(inputs);
  let reused = readCache(location, key).filter(
    (group) => !group.volatile && group.inputs.every((input) => inputSet.has(input)) && Object.entries(group.hashes).every(([file2, h]) => hashOf(file2) === h)
  );
  const taken = new Set(reused.flatMap((g) => g.inputs));
  if (taken.size !== reused.reduce((n, g) => n + g.inputs.length, 0)) reused = [];
  const covered = new Set(reused.flatMap((g) => g.inputs));
  const dirty = absolute.filter((_, i) => !covered.has(inputs[i]));
  let fresh = dirty.length === 0 ? [] : await lintInParts(dirty, options, workerCount(options.concurrency, dirty.length), unseen);
  for (; ; ) {
    const colliding = collisions([reused, fresh]);
    if (colliding.size === 0) break;
    const again = new Set([...colliding].flatMap((g) => g.inputs));
    reused = reused.filter((g) => !colliding.has(g));
    fresh = fresh.filter((g) => !colliding.has(g));
    const redo = absolute.filter((_, i) => again.has(inputs[i]));
    fresh.push(...groupsOf(await lintPart(redo, options), redo.map((p) => display2(p, cwd)), unseen));
  }
  const groups = [...reused, ...fresh.map((g) => ({ ...g, hashes: Object.fromEntries(g.files.map((f) => [f, hashOf(f)])) }))];
  const results = merge2(groups, inputs);
  const reusedInputs = reused.reduce((n, g) => n + g.inputs.length, 0);
  options.onStats?.({ reused: reusedInputs, linted: inputs.length - reusedInputs });
  const file = { format: FORMAT, key, groups };
  const temporary = `${location}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, location);
  } catch (error) {
    throw new FileReadError(`cannot write the cache file ${display2(location, cwd)}: ${error.code ?? String(error)}`);
  }
  return results;
}
var DEFAULT_CACHE_LOCATION, FORMAT, DEFAULTS_KIND, hash;
var init_cache = __esm({
  "packages/linter/src/cache.ts"() {
    "use strict";
    init_lint();
    init_parallel();
    init_rules();
    DEFAULT_CACHE_LOCATION = ".clearframecache";
    FORMAT = 2;
    DEFAULTS_KIND = /^kind:[ \t]*["']?ClinicDefaults["']?[ \t]*(#.*)?$/m;
    hash = (bytes) => createHash2("sha1").update(bytes).digest("base64url");
  }
});

// packages/linter/src/init.ts
var init_exports = {};
__export(init_exports, {
  starterPolicy: () => starterPolicy
});
function starterPolicy({ id, name, jurisdiction, today }) {
  const country = jurisdiction.slice(0, 2);
  const crisis = CRISIS[country] ?? FALLBACK;
  const uk = country === "GB";
  return `# Clearframe communications and social-media policy.
# Fill in every value in [square brackets]; until then lint lists each one as placeholder-text:
#   npx clearframe lint ${id}.yaml
# The other values are a starting point, not yet your policy: read them and change what differs.
# Field reference: npx clearframe schema   Rules: npx clearframe rules
apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: ${id}
  title: Communications & Social Media Policy
  clinician:
    name: ${JSON.stringify(name ?? "[Your Name]")}
  jurisdiction: ${jurisdiction}
  language: en
  effective: "${today}"
  reviewed: "${today}"
spec:
  contact:
    methods:
      - id: office-phone
        kind: phone
        address: "[your office phone number]"
        hours: "[your office hours, e.g. Mon-Fri 9:00-17:00]"
      - id: email
        kind: email
        address: "[your e-mail address]"
        secure: false
        riskNote: Ordinary e-mail is not encrypted; please use it for scheduling only.
      - id: text
        kind: sms
        offered: false
        note: I do not use text messages; texts to me may go unread.
    routes:
      administrative: { via: [office-phone, email], note: "Scheduling, cancellations and billing" }
      clinical: { via: [office-phone], note: Please bring clinical matters to our sessions. }
      crisis:
        instructions: ${JSON.stringify(crisis.instructions)}
        contacts:
${crisis.contacts.map((c) => `          - ${c}`).join("\n")}
        via: []
    betweenSessions: Messages between sessions are for logistics; therapy happens in session.
  turnaround:
    within: 2 business days # your official reply time
    excludes: [weekends, holidays, vacations]
    fasterRepliesNotGuaranteed: true
    note: I may reply sooner, but please do not count on it.
  socialMedia:
    uses: false
    friending:
      allowed: false
      rationale: Connecting on social media could reveal that you are my client and blur our working relationship.
    following: { therapistFollowsClients: false }
    searchingClients: { allowed: false, exceptions: Only if I believe someone's safety is at immediate risk. }
    reviewSites: { solicitTestimonials: false, respondPublicly: false, note: I will not confirm or discuss our work in public replies. }
    encounters: If we meet online by chance, I will not interact unless you approach me first.
  privacy:
    electronicRisks: E-mail and text messages can be read by others and are not encrypted; you choose what to send.
    unencryptedConsent: required
    dataProtection:
      encryption: My devices and records are encrypted.${uk ? '\n      registration: { authority: ICO, number: "[your ICO registration number]" }' : ""}
    records: Messages about your care become part of your clinical record.
  concerns:
    channels: [Tell me in session, Write to me at the address above]
  sharing:
    atIntake: true
    acknowledgement: signed
    url: "https://[your-website]/communications-policy"
`;
}
var CRISIS, FALLBACK;
var init_init = __esm({
  "packages/linter/src/init.ts"() {
    "use strict";
    CRISIS = {
      US: {
        instructions: "I am not available for emergencies. In a crisis call or text 988, call 911, or go to the nearest emergency room.",
        contacts: ['{ name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line, text: true }', '{ name: Emergency services, number: "911", kind: emergency }']
      },
      CA: {
        instructions: "I am not available for emergencies. In a crisis call or text 9-8-8, call 911, or go to the nearest emergency department.",
        contacts: ['{ name: 9-8-8 Suicide Crisis Helpline, number: "988", kind: crisis-line, text: true }', '{ name: Emergency services, number: "911", kind: emergency }']
      },
      GB: {
        instructions: "I am not available for emergencies. If you are in danger call 999 or go to A&E; for urgent help that is not an emergency call NHS 111; Samaritans answer 116 123 day and night.",
        contacts: ['{ name: Emergency services, number: "999", kind: emergency }', '{ name: NHS 111, number: "111", kind: other }', '{ name: Samaritans, number: "116 123", kind: crisis-line }']
      },
      IE: {
        instructions: "I am not available for emergencies. In an emergency call 112 or 999 or go to your nearest emergency department; Samaritans answer 116 123.",
        contacts: ['{ name: Emergency services, number: "112", kind: emergency }', '{ name: Samaritans, number: "116 123", kind: crisis-line }']
      },
      AU: {
        instructions: "I am not available for emergencies. In an emergency call 000; Lifeline answers 13 11 14 day and night.",
        contacts: ['{ name: Emergency services, number: "000", kind: emergency }', '{ name: Lifeline, number: "13 11 14", kind: crisis-line }']
      },
      NZ: {
        instructions: "I am not available for emergencies. In an emergency call 111; for support call or text 1737.",
        contacts: ['{ name: Emergency services, number: "111", kind: emergency }', '{ name: Need to talk? 1737, number: "1737", kind: crisis-line, text: true }']
      }
    };
    FALLBACK = {
      instructions: "I am not available for emergencies. In an emergency call 112 or go to the nearest emergency department.",
      contacts: ['{ name: Emergency services, number: "112", kind: emergency }']
    };
  }
});

// packages/linter/src/cli.ts
init_dist();
init_config();
init_files();
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { dirname as dirname5, resolve as resolve10 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
import { isMainThread as isMainThread2, workerData as workerData2 } from "node:worker_threads";

// packages/linter/src/formatters/index.ts
var formatterNames = ["stylish", "json", "sarif", "github", "junit", "markdown"];
var loaders = {
  stylish: () => Promise.resolve().then(() => (init_stylish(), stylish_exports)),
  json: () => Promise.resolve().then(() => (init_json(), json_exports)),
  sarif: () => Promise.resolve().then(() => (init_sarif(), sarif_exports)),
  github: () => Promise.resolve().then(() => (init_github(), github_exports)),
  junit: () => Promise.resolve().then(() => (init_junit(), junit_exports)),
  markdown: () => Promise.resolve().then(() => (init_markdown(), markdown_exports))
};
function isFormatterName(name) {
  return formatterNames.includes(name);
}
async function loadFormatter(name) {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; use one of ${formatterNames.join(", ")}`);
  const module = await loaders[name]();
  return module.default;
}

// packages/linter/src/cli.ts
init_paths();
init_lint();
init_rules();
var version;
var cliVersion = () => version ??= JSON.parse('{"version":"0.2.0"}').version;
var helpText = () => `clearframe ${cliVersion()} — lint communications and social-media policies

Usage: clearframe <command> [options]    (clearframe <command> --help for its options and examples)

Commands:
  clearframe lint [paths…] [options]   lint policy files (default: the config's include)
  clearframe rules                      list the rules
  clearframe explain <rule-id>          why a rule exists, its source, how to fix it
  clearframe init [--id ID] [--name NAME] [--jurisdiction XX] [--output FILE]
                                        write a starter policy to fill in
  clearframe schema                     print the policy JSON Schema
  clearframe publish --api URL --token TOKEN [--prune] [paths…]
                                        send lint-clean policies to the Clearframe API

Lint options:
  --format stylish|json|sarif|github|junit|markdown   output format (default stylish)
  --output FILE          write the report to FILE instead of stdout
  --max-warnings N       exit 1 when there are more than N warnings
  --quiet                report errors only
  --config FILE          use this config file (default: clearframe.config.yaml, searched upwards)
  --today YYYY-MM-DD     lint date for date rules (default: today, UTC)
  --cache                reuse the results of files unchanged since the last run
  --cache-location FILE  the cache file (default .clearframecache; implies --cache)
  --concurrency auto|off|N
                         lint in N worker threads (auto: one per core on large runs; default off)
  --base-dir DIR         SARIF and github paths are relative to DIR
                         (default: the git top level, else the working directory)
  --junit-failures error|warning|info
                         lowest severity that fails a JUnit test case (default error)
  --link-base URL        markdown: link each finding to URL/<path from the git root>#L<line>

Exit codes: 0 clean, 1 lint failures, 2 usage, config or file errors.

Examples:
  clearframe lint                                   lint the files the config includes
  clearframe lint clinics/riverbend --max-warnings 0
  clearframe explain crisis-route-required`;
var commandHelp = {
  lint: () => `Usage: clearframe lint [paths…] [options]

Lints policy files and directories (directories with the config's include/exclude globs; a file
named here is always linted). Without paths: the files the config includes, from its directory.

Options:
${/* One list of lint options: the one in the main help. */
  helpText().split("Lint options:\n")[1].split("\n\nExit codes:")[0]}

Examples:
  clearframe lint                                          the config's files, from the current directory
  clearframe lint clinics/riverbend/policies/jane.yaml     one policy (and the defaults it extends)
  clearframe lint clinics --max-warnings 0                 fail on any warning too
  clearframe lint clinics --format sarif --output clearframe.sarif
                                                           for GitHub code scanning (paths from the git root)
  clearframe lint clinics --format junit --junit-failures warning --output report.xml
                                                           a JUnit report where warnings fail too
  clearframe lint --today 2026-06-01                       lint as of a date (policy-review-stale)

Exit codes: 0 clean, 1 lint failures, 2 usage, config or file errors.`,
  rules: () => `Usage: clearframe rules [--format table|json]

Lists every rule with its severity in the recommended preset, its description and its source.

Examples:
  clearframe rules
  clearframe rules --format json      the same as JSON (id, severity, description, source, docsUrl, …)`,
  explain: () => `Usage: clearframe explain <rule-id>

Prints a rule's docs page: why it exists and where the idea comes from, incorrect and correct
YAML, its options and when not to use it.

Examples:
  clearframe explain crisis-route-required
  clearframe explain policy-review-stale`,
  init: () => `Usage: clearframe init [--id ID] [--name NAME] [--jurisdiction XX] [--output FILE] [--force]

Writes a starter CommunicationPolicy with a line to fill in for every field that needs one.
  --id ID              policy id: lower-case letters, digits and dashes (default my-policy)
  --name NAME          the clinician's name (default: a [placeholder] to fill in)
  --jurisdiction XX    ISO 3166 code such as US, US-CA or GB (default US)
  --output FILE, -o    where to write it (default <id>.yaml)
  --force              overwrite FILE if it exists

Examples:
  clearframe init --id jane-rivera --name "Dr. Jane Rivera" --jurisdiction US-CA
  clearframe init --output clinics/riverbend/policies/sam-okafor.yaml --id sam-okafor`,
  schema: () => `Usage: clearframe schema

Prints the policy JSON Schema, for editors (yaml-language-server) and other validators.

Examples:
  clearframe schema > clearframe.schema.json
  # first line of a policy, for completion and checks in the editor:
  # yaml-language-server: $schema=clearframe.schema.json`,
  publish: async () => `${(await Promise.resolve().then(() => (init_publish(), publish_exports))).USAGE}

Examples:
  CLEARFRAME_TOKEN=… clearframe publish --api https://policies.example.org clinics/riverbend
  clearframe publish --api http://127.0.0.1:4000 --token "$TOKEN" --clinic riverbend policy.yaml`
};
var UsageError = class extends Error {
  name = "UsageError";
};
var defaultIo = () => ({
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
});
async function main(argv, io = defaultIo()) {
  if (!isMainThread2 && workerData2?.clearframeLintPart !== void 0) {
    await (await Promise.resolve().then(() => (init_parallel(), parallel_exports))).runLintWorker();
    return 0;
  }
  const [command, ...rest] = argv;
  try {
    const help = command === void 0 ? void 0 : commandHelp[command];
    if (help && Object.hasOwn(commandHelp, command) && rest.slice(0, rest.includes("--") ? rest.indexOf("--") : void 0).some((a) => a === "--help" || a === "-h")) {
      io.stdout(`${await help()}
`);
      return 0;
    }
    switch (command) {
      case "lint":
        return await lintCommand(rest, io);
      case "rules":
        return rulesCommand(rest, io);
      case "explain":
        return await explainCommand(rest, io);
      case "init":
        return await initCommand(rest, io);
      case "schema":
        io.stdout('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://clearframe.dev/schema/v1/policy.schema.json",\n  "title": "Clearframe communications and social-media policy",\n  "description": "A therapist\'s or clinic\'s communications and social-media policy (kind CommunicationPolicy), or the shared defaults of a clinic (kind ClinicDefaults).",\n  "type": "object",\n  "required": [\n    "apiVersion",\n    "kind",\n    "metadata"\n  ],\n  "additionalProperties": false,\n  "properties": {\n    "apiVersion": {\n      "const": "clearframe/v1",\n      "description": "Format version. Always clearframe/v1."\n    },\n    "kind": {\n      "enum": [\n        "CommunicationPolicy",\n        "ClinicDefaults"\n      ],\n      "description": "CommunicationPolicy for one clinician or practice; ClinicDefaults for parts shared by a clinic."\n    },\n    "metadata": {\n      "$ref": "#/$defs/metadata",\n      "description": "Who the policy belongs to and when it applies."\n    },\n    "extends": {\n      "type": "string",\n      "pattern": "\\\\S",\n      "description": "Relative path to a ClinicDefaults file merged under this policy."\n    },\n    "spec": {\n      "$ref": "#/$defs/spec",\n      "description": "The policy itself. Every field is optional in ClinicDefaults."\n    }\n  },\n  "if": {\n    "properties": {\n      "kind": {\n        "const": "CommunicationPolicy"\n      }\n    }\n  },\n  "then": {\n    "required": [\n      "spec"\n    ],\n    "properties": {\n      "metadata": {\n        "type": "object",\n        "required": [\n          "jurisdiction"\n        ]\n      }\n    }\n  },\n  "$defs": {\n    "slug": {\n      "type": "string",\n      "pattern": "^[a-z0-9][a-z0-9-]{0,99}$",\n      "description": "Lower-case letters, digits and dashes, at most 100 characters."\n    },\n    "jurisdiction": {\n      "type": "string",\n      "pattern": "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",\n      "description": "ISO 3166-1 alpha-2 country code, optionally followed by - and an ISO 3166-2 subdivision (US-CA, GB-SCT)."\n    },\n    "text": {\n      "type": "string",\n      "description": "Free text shown to clients verbatim."\n    },\n    "methodIds": {\n      "type": "array",\n      "items": {\n        "type": "string"\n      },\n      "description": "Ids of contact methods of this policy."\n    },\n    "metadata": {\n      "type": "object",\n      "required": [\n        "id"\n      ],\n      "additionalProperties": false,\n      "properties": {\n        "id": {\n          "$ref": "#/$defs/slug",\n          "description": "Slug, unique within its clinic.",\n          "markdownDescription": "Slug, unique within its clinic: lower-case letters, digits and dashes.\\n\\n```yaml\\nmetadata:\\n  id: jane-rivera\\n```"\n        },\n        "clinic": {\n          "$ref": "#/$defs/slug",\n          "description": "Clinic slug; optional for a solo practice."\n        },\n        "title": {\n          "type": "string",\n          "description": "Title of the policy as shown to clients."\n        },\n        "clinician": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "name": {\n              "type": "string",\n              "description": "Clinician\'s name as shown to clients."\n            },\n            "credentials": {\n              "type": "array",\n              "items": {\n                "type": "string"\n              },\n              "description": "Degrees and credentials, e.g. [PsyD] or [LCSW, MA]."\n            },\n            "pronouns": {\n              "type": "string",\n              "description": "Clinician\'s pronouns, e.g. she/her."\n            },\n            "license": {\n              "type": "object",\n              "additionalProperties": false,\n              "properties": {\n                "jurisdiction": {\n                  "$ref": "#/$defs/jurisdiction",\n                  "description": "Where the licence is held (US-CA, GB, AU-NSW)."\n                },\n                "number": {\n                  "type": "string",\n                  "description": "Licence or registration number, as a string."\n                }\n              },\n              "description": "Professional licence: where it is held and its number."\n            }\n          },\n          "description": "The clinician this policy belongs to (omit for a practice-wide policy)."\n        },\n        "jurisdiction": {\n          "$ref": "#/$defs/jurisdiction",\n          "description": "Where the practice is, as an ISO 3166-1 alpha-2 code optionally with a subdivision: US-CA, GB, AU-NSW (\\"UK\\" is not a code; use GB)."\n        },\n        "language": {\n          "type": "string",\n          "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",\n          "description": "BCP 47 language tag."\n        },\n        "effective": {\n          "$ref": "#/$defs/calendarDate",\n          "description": "Date the policy takes effect, YYYY-MM-DD (quote it for YAML 1.1 tools: \\"2026-01-15\\")."\n        },\n        "reviewed": {\n          "$ref": "#/$defs/calendarDate",\n          "description": "Date of the last review, YYYY-MM-DD (quote it for YAML 1.1 tools: \\"2026-01-15\\")."\n        },\n        "clinicName": {\n          "type": "string",\n          "description": "The clinic\'s or practice\'s display name, e.g. St. Anne\'s Counselling. metadata.clinic stays the slug.",\n          "markdownDescription": "The clinic\'s display name as clients should read it; `metadata.clinic` stays the slug.\\n\\n```yaml\\nmetadata:\\n  clinic: st-annes\\n  clinicName: St. Anne\'s Counselling\\n```"\n        }\n      },\n      "description": "Who the policy belongs to and when it applies."\n    },\n    "spec": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "contact": {\n          "$ref": "#/$defs/contact",\n          "description": "How clients can reach the practice, and which way for which need."\n        },\n        "turnaround": {\n          "$ref": "#/$defs/turnaround",\n          "description": "The official reply time for messages."\n        },\n        "socialMedia": {\n          "$ref": "#/$defs/socialMedia",\n          "description": "Social-media stance (needed even if you do not use social media)."\n        },\n        "privacy": {\n          "$ref": "#/$defs/privacy",\n          "description": "Privacy risks of electronic communication, data protection, video and records."\n        },\n        "concerns": {\n          "$ref": "#/$defs/concerns",\n          "description": "Private channels for raising concerns instead of public reviews."\n        },\n        "sharing": {\n          "$ref": "#/$defs/sharing",\n          "description": "How the policy is shared with clients."\n        },\n        "telehealth": {\n          "$ref": "#/$defs/telehealth",\n          "description": "Where the clinician may practise by video and where the client must be during a session."\n        }\n      }\n    },\n    "contact": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "methods": {\n          "type": "array",\n          "items": {\n            "$ref": "#/$defs/contactMethod"\n          },\n          "description": "Every method the practice does or does not use."\n        },\n        "routes": {\n          "$ref": "#/$defs/routes",\n          "description": "Which method for which need: administrative, clinical, urgent, crisis."\n        },\n        "betweenSessions": {\n          "$ref": "#/$defs/text",\n          "description": "Whether and how clients can reach the therapist between sessions."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about contacting the practice, shown to clients."\n        }\n      }\n    },\n    "contactMethod": {\n      "type": "object",\n      "required": [\n        "id",\n        "kind"\n      ],\n      "additionalProperties": false,\n      "properties": {\n        "id": {\n          "$ref": "#/$defs/slug",\n          "description": "Slug, unique in the policy."\n        },\n        "kind": {\n          "enum": [\n            "phone",\n            "sms",\n            "email",\n            "secure-messaging",\n            "video",\n            "portal",\n            "web-form",\n            "social-media",\n            "in-person"\n          ],\n          "description": "phone, sms, email, secure-messaging, video, portal, web-form, social-media or in-person."\n        },\n        "offered": {\n          "type": "boolean",\n          "default": true,\n          "description": "false means: I do not use this method (say so). Defaults to true."\n        },\n        "address": {\n          "type": "string",\n          "description": "Number, e-mail address, username or URL. Needed when offered, unless addressProvided says where clients get it (in-person needs none)."\n        },\n        "secure": {\n          "type": "boolean",\n          "description": "End-to-end encrypted or HIPAA-grade."\n        },\n        "hours": {\n          "type": "string",\n          "description": "When the method is answered, e.g. Mon-Fri 9:00-17:00."\n        },\n        "setup": {\n          "$ref": "#/$defs/text",\n          "description": "How to install or join (secure apps)."\n        },\n        "riskNote": {\n          "$ref": "#/$defs/text",\n          "description": "Privacy risks of this channel."\n        },\n        "product": {\n          "type": "string",\n          "description": "App or platform name."\n        },\n        "fallback": {\n          "$ref": "#/$defs/text",\n          "description": "What happens if the connection fails (video)."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about this method, shown to clients."\n        },\n        "addressProvided": {\n          "enum": [\n            "at-intake",\n            "on-request",\n            "in-portal",\n            "on-website"\n          ],\n          "description": "The address is given elsewhere: at-intake, on-request, in-portal or on-website.",\n          "markdownDescription": "The address is given to clients elsewhere instead of in the policy.\\n\\n```yaml\\n- id: cell\\n  kind: sms\\n  addressProvided: at-intake\\n```"\n        },\n        "condition": {\n          "$ref": "#/$defs/text",\n          "description": "The method is offered only under this condition; shown to clients next to it.",\n          "markdownDescription": "The method is offered, but only under this condition.\\n\\n```yaml\\ncondition: Only after your first appointment.\\n```"\n        },\n        "turnaround": {\n          "$ref": "#/$defs/turnaround",\n          "description": "This method\'s own reply time (same shape as spec.turnaround).",\n          "markdownDescription": "This method\'s own reply time, same shape as `spec.turnaround`.\\n\\n```yaml\\nturnaround: { within: 1 business day }\\n```"\n        }\n      },\n      "description": "A way to contact the practice, offered or not."\n    },\n    "routes": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "administrative": {\n          "$ref": "#/$defs/route",\n          "description": "Scheduling, billing and other administrative contact."\n        },\n        "clinical": {\n          "$ref": "#/$defs/route",\n          "description": "Clinical contact: check-ins, homework, journaling."\n        },\n        "crisis": {\n          "$ref": "#/$defs/crisisRoute",\n          "description": "What to do in a crisis or emergency."\n        },\n        "urgent": {\n          "$ref": "#/$defs/route",\n          "description": "Urgent but not an emergency (optional tier).",\n          "markdownDescription": "Urgent but not an emergency.\\n\\n```yaml\\nurgent: { via: [office-phone], note: We call back the same day. }\\n```"\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about the routes, shown to clients."\n        }\n      }\n    },\n    "route": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "via": {\n          "$ref": "#/$defs/methodIds",\n          "description": "Ids of the contact methods to use for this need."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about this route, shown to clients."\n        }\n      }\n    },\n    "crisisRoute": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "instructions": {\n          "$ref": "#/$defs/text",\n          "description": "What to do in a crisis, in words, shown to clients."\n        },\n        "contacts": {\n          "type": "array",\n          "items": {\n            "$ref": "#/$defs/crisisContact"\n          },\n          "description": "Crisis lines and emergency numbers.",\n          "markdownDescription": "Crisis lines and emergency numbers; quote numbers.\\n\\n```yaml\\ncontacts:\\n  - { name: 988 Suicide & Crisis Lifeline, number: \\"988\\", text: true, kind: crisis-line }\\n  - { name: Emergency services, number: \\"911\\", kind: emergency }\\n```"\n        },\n        "via": {\n          "$ref": "#/$defs/methodIds",\n          "description": "Practice methods also usable in a crisis (never alone if asynchronous)."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about the crisis route, shown to clients."\n        }\n      }\n    },\n    "crisisContact": {\n      "type": "object",\n      "required": [\n        "name"\n      ],\n      "additionalProperties": false,\n      "properties": {\n        "name": {\n          "type": "string",\n          "description": "Name of the service, e.g. 988 Suicide & Crisis Lifeline."\n        },\n        "number": {\n          "type": "string",\n          "description": "Phone number, as a quoted string (\\"000\\", \\"988\\")."\n        },\n        "kind": {\n          "enum": [\n            "crisis-line",\n            "emergency",\n            "other"\n          ],\n          "description": "crisis-line, emergency or other."\n        },\n        "text": {\n          "type": "boolean",\n          "description": "The number also accepts text messages."\n        },\n        "url": {\n          "type": "string",\n          "description": "Web address of the service (chat, information)."\n        },\n        "hours": {\n          "type": "string",\n          "description": "When the service answers, e.g. 24/7."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about this crisis contact, shown to clients."\n        }\n      }\n    },\n    "turnaround": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "within": {\n          "type": "string",\n          "pattern": "^[1-9][0-9]*(\\\\s*[-–]\\\\s*[1-9][0-9]*)?\\\\s*([hH]|[hH][oO][uU][rR][sS]?|[dD]|[dD][aA][yY][sS]?|[bB][uU][sS][iI][nN][eE][sS][sS] [dD][aA][yY][sS]?|[wW][oO][rR][kK][iI][nN][gG] [dD][aA][yY][sS]?)$",\n          "description": "Official reply time: \\"24h\\", \\"2d\\", \\"48 hours\\", \\"2 business days\\", \\"1 working day\\", or a range such as \\"24-48h\\" or \\"1-2 business days\\".",\n          "markdownDescription": "Official reply time. A range compares by its upper bound; working days are business days.\\n\\n```yaml\\nwithin: 24-48h\\nwithin: 1 – 2 business days\\n```"\n        },\n        "excludes": {\n          "type": "array",\n          "uniqueItems": true,\n          "items": {\n            "type": "string",\n            "enum": [\n              "weekends",\n              "holidays",\n              "vacations",\n              "evenings",\n              "nights",\n              "outside-office-hours"\n            ]\n          },\n          "description": "Periods the reply time does not count: weekends, holidays, vacations, evenings, nights, outside-office-hours. [] means none."\n        },\n        "fasterRepliesNotGuaranteed": {\n          "type": "boolean",\n          "description": "true: a faster reply now and then is not a promise."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about reply times, shown to clients."\n        },\n        "schedule": {\n          "$ref": "#/$defs/text",\n          "description": "A reply window in words; states the turnaround on its own.",\n          "markdownDescription": "A reply window in words; it states the turnaround on its own.\\n\\n```yaml\\nschedule: E-mails received by Tuesday noon are answered by Thursday 5 pm.\\n```"\n        }\n      }\n    },\n    "socialMedia": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "uses": {\n          "type": "boolean",\n          "description": "Whether the practice uses social media at all."\n        },\n        "friending": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "allowed": {\n              "enum": [\n                true,\n                false,\n                "case-by-case"\n              ],\n              "description": "true, false or case-by-case."\n            },\n            "confidentialityNote": {\n              "$ref": "#/$defs/text",\n              "description": "How friending could reveal that someone is a client; required when allowed is not false."\n            },\n            "rationale": {\n              "$ref": "#/$defs/text",\n              "description": "Why this stance, in words for clients."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about friending, shown to clients."\n            }\n          },\n          "description": "Whether clients may friend or connect with the clinician on personal accounts."\n        },\n        "following": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "therapistFollowsClients": {\n              "type": "boolean",\n              "description": "true if the clinician follows clients on social media."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about following, shown to clients."\n            }\n          },\n          "description": "Whether the clinician follows clients online."\n        },\n        "searchingClients": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "allowed": {\n              "type": "boolean",\n              "description": "true if the clinician searches for clients online."\n            },\n            "exceptions": {\n              "$ref": "#/$defs/text",\n              "description": "When a search may still happen, e.g. imminent safety concerns."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about searching, shown to clients."\n            }\n          },\n          "description": "Whether the clinician searches for clients online."\n        },\n        "interacting": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "publicReplies": {\n              "enum": [\n                "allowed",\n                "discouraged",\n                "not-allowed"\n              ],\n              "description": "allowed, discouraged or not-allowed."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about public interaction, shown to clients."\n            }\n          },\n          "description": "Public replies and comments between clients and the clinician."\n        },\n        "professionalPages": {\n          "type": "array",\n          "items": {\n            "type": "object",\n            "required": [\n              "platform"\n            ],\n            "additionalProperties": false,\n            "properties": {\n              "platform": {\n                "type": "string",\n                "description": "Platform, e.g. Facebook or Instagram."\n              },\n              "url": {\n                "type": "string",\n                "description": "Link to the page."\n              },\n              "note": {\n                "$ref": "#/$defs/text",\n                "description": "Free-text note about this page, shown to clients."\n              },\n              "clientsMayFollow": {\n                "type": "boolean",\n                "description": "false: \\"if you are a client, please don\'t follow this page\\".",\n                "markdownDescription": "Whether clients may follow or fan the page.\\n\\n```yaml\\n- { platform: Facebook, url: https://facebook.com/riverbend, clientsMayFollow: false, comments: closed }\\n```"\n              },\n              "comments": {\n                "enum": [\n                  "open",\n                  "moderated",\n                  "closed"\n                ],\n                "description": "Comments on the page: open, moderated or closed."\n              }\n            }\n          },\n          "description": "The practice\'s professional pages or accounts."\n        },\n        "reviewSites": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "solicitTestimonials": {\n              "type": "boolean",\n              "description": "true if clients are asked for testimonials or reviews (not allowed by APA 5.05 and NASW 4.07)."\n            },\n            "respondPublicly": {\n              "type": "boolean",\n              "description": "true if the clinician replies publicly to reviews."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about review sites, shown to clients."\n            },\n            "publishTestimonials": {\n              "type": "boolean",\n              "description": "true if the practice publishes testimonials (not allowed in Australia)."\n            }\n          },\n          "description": "Review sites and testimonials."\n        },\n        "encounters": {\n          "$ref": "#/$defs/text",\n          "description": "What happens if client and clinician meet online by chance."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about social media, shown to clients."\n        }\n      }\n    },\n    "privacy": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "electronicRisks": {\n          "$ref": "#/$defs/text",\n          "description": "The client\'s own privacy risks of e-mail and texts."\n        },\n        "unencryptedConsent": {\n          "enum": [\n            "required",\n            "not-needed"\n          ],\n          "description": "required (clients consent to unencrypted channels) or not-needed (all channels secure)."\n        },\n        "dataProtection": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "encryption": {\n              "$ref": "#/$defs/text",\n              "description": "How devices and records are encrypted."\n            },\n            "retention": {\n              "$ref": "#/$defs/text",\n              "description": "How long records are kept."\n            },\n            "registration": {\n              "type": "object",\n              "required": [\n                "authority"\n              ],\n              "additionalProperties": false,\n              "properties": {\n                "authority": {\n                  "type": "string",\n                  "description": "The authority, e.g. ICO."\n                },\n                "number": {\n                  "type": "string",\n                  "description": "Registration number, as a string."\n                },\n                "note": {\n                  "$ref": "#/$defs/text",\n                  "description": "Free-text note about the registration, shown to clients."\n                }\n              },\n              "description": "Registration with a data-protection authority (ICO for UK data controllers)."\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about data protection, shown to clients."\n            }\n          },\n          "description": "How data is protected and where the practice is registered."\n        },\n        "video": {\n          "type": "object",\n          "additionalProperties": false,\n          "properties": {\n            "platform": {\n              "type": "string",\n              "description": "Video platform, e.g. Doxy.me."\n            },\n            "secure": {\n              "type": "boolean",\n              "description": "true if the platform is end-to-end encrypted or HIPAA-grade."\n            },\n            "agreement": {\n              "type": "string",\n              "description": "Data-processing agreement with the platform (BAA, DPA)."\n            },\n            "recording": {\n              "enum": [\n                "never",\n                "with-consent",\n                "always"\n              ],\n              "description": "Whether sessions are recorded: never, with-consent or always.",\n              "markdownDescription": "Whether sessions are recorded.\\n\\n```yaml\\nvideo: { platform: Doxy.me, secure: true, recording: never }\\n```"\n            },\n            "note": {\n              "$ref": "#/$defs/text",\n              "description": "Free-text note about video, shown to clients."\n            }\n          },\n          "description": "The video platform used for sessions."\n        },\n        "records": {\n          "$ref": "#/$defs/text",\n          "description": "Whether messages become part of the clinical record, in words.",\n          "markdownDescription": "Whether messages become part of the clinical record.\\n\\n```yaml\\nrecords: Messages about your care become part of your clinical record.\\n```"\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about privacy, shown to clients."\n        }\n      }\n    },\n    "concerns": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "channels": {\n          "type": "array",\n          "items": {\n            "type": "string"\n          },\n          "description": "Private ways to raise a concern, e.g. a contact form (a pseudonym is fine)."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about concerns, shown to clients."\n        }\n      }\n    },\n    "sharing": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "atIntake": {\n          "type": "boolean",\n          "description": "true if the policy is reviewed with each client at intake."\n        },\n        "acknowledgement": {\n          "enum": [\n            "signed",\n            "verbal",\n            "none"\n          ],\n          "description": "How clients acknowledge the policy: signed, verbal or none."\n        },\n        "url": {\n          "type": "string",\n          "pattern": "^https?://[^\\\\s]+$",\n          "description": "Web address where the policy is published."\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about sharing the policy, shown to clients."\n        }\n      }\n    },\n    "calendarDate": {\n      "type": "string",\n      "format": "date",\n      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",\n      "description": "Calendar date, YYYY-MM-DD."\n    },\n    "telehealth": {\n      "type": "object",\n      "additionalProperties": false,\n      "properties": {\n        "licensedIn": {\n          "type": "array",\n          "items": {\n            "$ref": "#/$defs/jurisdiction"\n          },\n          "description": "Jurisdictions where the clinician is licensed to practise (jurisdiction codes).",\n          "markdownDescription": "Jurisdictions where the clinician is licensed to practise.\\n\\n```yaml\\ntelehealth:\\n  licensedIn: [US-CA, US-NV]\\n```"\n        },\n        "clientLocation": {\n          "$ref": "#/$defs/text",\n          "description": "Where the client needs to be during each session, in words.",\n          "markdownDescription": "Where the client needs to be during each session.\\n\\n```yaml\\nclientLocation: You need to be in California or Nevada during each session.\\n```"\n        },\n        "note": {\n          "$ref": "#/$defs/text",\n          "description": "Free-text note about telehealth, shown to clients."\n        }\n      }\n    }\n  }\n}\n');
        return 0;
      case "publish": {
        const { publishCommand: publishCommand2 } = await Promise.resolve().then(() => (init_publish(), publish_exports));
        return await publishCommand2(rest, io);
      }
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout(helpText() + "\n");
        return command === void 0 ? 2 : 0;
      case "--version":
      case "-v":
        io.stdout(cliVersion() + "\n");
        return 0;
      default: {
        const hint = didYouMean(command, ["lint", "rules", "explain", "init", "schema", "publish"]);
        throw new UsageError(`unknown command "${command}"${hint ? ` — did you mean "${hint}"?` : ""}; run clearframe --help`);
      }
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PathError || error instanceof FileReadError) {
      io.stderr(`clearframe: ${error.message}
`);
    } else {
      io.stderr(`clearframe: internal error: ${error instanceof Error ? error.message : String(error)}
`);
      if (process.env.CLEARFRAME_DEBUG) io.stderr(`${error.stack}
`);
    }
    return 2;
  }
}
function parse(args, options, allowPositionals = true) {
  try {
    return parseArgs2({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
async function lintCommand(args, io) {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f", default: "stylish" },
    output: { type: "string", short: "o" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", default: false },
    config: { type: "string", short: "c" },
    today: { type: "string" },
    "base-dir": { type: "string" },
    "junit-failures": { type: "string", default: "error" },
    "link-base": { type: "string" },
    cache: { type: "boolean", default: false },
    "cache-location": { type: "string" },
    concurrency: { type: "string", default: "off" }
  });
  const concurrency = values.concurrency === "auto" || values.concurrency === "off" ? values.concurrency : /^[1-9]\d{0,2}$/.test(values.concurrency) ? Number(values.concurrency) : void 0;
  if (concurrency === void 0) throw new UsageError(`--concurrency takes auto, off or a number of threads from 1 to 999, not "${values.concurrency}"`);
  if (!formatterNames.includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use one of ${formatterNames.join(", ")}`);
  }
  let maxWarnings = Infinity;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings takes a whole number, not "${values["max-warnings"]}"`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const junitFailures = values["junit-failures"];
  if (junitFailures !== "error" && junitFailures !== "warning" && junitFailures !== "info") throw new UsageError(`--junit-failures takes error, warning or info, not "${junitFailures}"`);
  const today = values.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isCalendarDate(today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${today}"`);
  const searchFrom = positionals[0] ? configSearchStart(resolve10(io.cwd, positionals[0])) : io.cwd;
  const config = values.config ? loadConfig(values.config, io.cwd) : loadConfig(findConfigFile(searchFrom), io.cwd);
  const files = await collectFiles(positionals, config, io.cwd);
  const formatter = await loadFormatter(values.format);
  const results = await lintWith(files, { config, today, cwd: io.cwd }, { cache: values.cache, cacheLocation: values["cache-location"], concurrency, debug: io.stderr });
  const counts = count(results);
  const shown = values.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === "error") })) : results;
  const { ruleDoc: ruleDoc2 } = await Promise.resolve().then(() => (init_docs(), docs_exports));
  const output = formatter(shown, {
    cwd: io.cwd,
    baseDir: values["base-dir"] ? resolve10(io.cwd, values["base-dir"]) : repositoryRoot(io.cwd) ?? io.cwd,
    rules: new Map([...rules].map(([id, rule]) => [id, rule.meta])),
    color: io.isTty && !values.output,
    version: cliVersion(),
    junitFailures,
    linkBase: values["link-base"],
    ruleDoc: (id) => rules.has(id) ? ruleDoc2(id) : void 0,
    readSource: (filePath) => {
      try {
        return readFileSync4(resolve10(io.cwd, filePath), "utf8");
      } catch {
        return void 0;
      }
    },
    warn: (message) => io.stderr(`clearframe: warning: ${message}
`)
  });
  if (values.output) {
    const target = resolve10(io.cwd, values.output);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, output);
    await rename(temporary, target);
  } else if (output) {
    io.stdout(output.endsWith("\n") ? output : output + "\n");
  }
  if (counts.errors > 0) return 1;
  if (counts.warnings > maxWarnings) {
    io.stderr(`clearframe: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
async function lintWith(files, options, how) {
  if (how.cache || how.cacheLocation !== void 0) {
    const { lintWithCache: lintWithCache2, DEFAULT_CACHE_LOCATION: DEFAULT_CACHE_LOCATION2 } = await Promise.resolve().then(() => (init_cache(), cache_exports));
    const onStats = process.env.CLEARFRAME_DEBUG ? (s) => how.debug(`clearframe: cache: ${s.reused} files reused, ${s.linted} linted
`) : void 0;
    return lintWithCache2(files, { ...options, location: how.cacheLocation ?? DEFAULT_CACHE_LOCATION2, version: cliVersion(), concurrency: how.concurrency, onStats });
  }
  if (how.concurrency === "off" || how.concurrency === 1) return lintFiles(files, options);
  const { lintConcurrently: lintConcurrently2 } = await Promise.resolve().then(() => (init_parallel(), parallel_exports));
  return lintConcurrently2(files, options, how.concurrency);
}
function configSearchStart(path) {
  try {
    return statSync3(path).isDirectory() ? path : dirname5(path);
  } catch {
    return dirname5(path);
  }
}
function count(results) {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity === "error") errors++;
      else if (message.severity === "warning") warnings++;
    }
  }
  return { errors, warnings };
}
function rulesCommand(args, io) {
  const { values } = parse(args, { format: { type: "string", default: "table" } }, false);
  const metas = [...rules.values()].map((r) => r.meta);
  if (values.format === "json") {
    io.stdout(JSON.stringify(metas, null, 2) + "\n");
    return 0;
  }
  if (values.format !== "table") throw new UsageError(`unknown format "${values.format}"; use table or json`);
  const width = Math.max(...metas.map((m) => m.id.length));
  const lines = metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.description}  [${m.source}]`);
  io.stdout(`${"rule".padEnd(width)}  severity  description  [source]
${lines.join("\n")}
`);
  return 0;
}
async function explainCommand(args, io) {
  const { positionals } = parse(args, {});
  const id = positionals[0];
  if (!id) throw new UsageError("explain needs a rule id; run clearframe rules for the list");
  const rule = rules.get(id);
  if (!rule) {
    const hint = didYouMean(id, [...rules.keys()]);
    throw new UsageError(`unknown rule "${id}"${hint ? ` — did you mean "${hint}"?` : "; run clearframe rules for the list"}`);
  }
  const { ruleDoc: ruleDoc2 } = await Promise.resolve().then(() => (init_docs(), docs_exports));
  io.stdout(`${ruleDoc2(id).trimEnd()}

Docs: ${rule.meta.docsUrl}
`);
  return 0;
}
async function initCommand(args, io) {
  const { values } = parse(args, {
    id: { type: "string", default: "my-policy" },
    name: { type: "string" },
    jurisdiction: { type: "string", default: "US" },
    output: { type: "string", short: "o" },
    force: { type: "boolean", default: false }
  }, false);
  if (!SLUG.test(values.id)) throw new UsageError(`--id must use lower-case letters, digits and dashes, not "${values.id}"`);
  if (!JURISDICTION.test(values.jurisdiction)) throw new UsageError(`--jurisdiction takes an ISO 3166 code such as US, US-CA or GB, not "${values.jurisdiction}"`);
  const target = resolve10(io.cwd, values.output ?? `${values.id}.yaml`);
  const { starterPolicy: starterPolicy2 } = await Promise.resolve().then(() => (init_init(), init_exports));
  const text = starterPolicy2({ id: values.id, ...values.name ? { name: values.name } : {}, jurisdiction: values.jurisdiction, today: todayUtc() });
  try {
    await writeFile(target, text, { flag: values.force ? "w" : "wx" });
  } catch (error) {
    if (error.code === "EEXIST") throw new UsageError(`${values.output ?? `${values.id}.yaml`} already exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${target}: ${error.code ?? String(error)}`);
  }
  const shown = values.output ?? `${values.id}.yaml`;
  const [result] = await lintSources([{ path: shown, source: text }], { today: todayUtc() });
  const blanks = (result?.messages ?? []).filter((m) => m.ruleId === "placeholder-text").length;
  io.stdout(`wrote ${shown}; ${blanks} ${blanks === 1 ? "line" : "lines"} to fill in: run clearframe lint ${shown} to see them
`);
  return 0;
}

// clearframe-entry.ts
process.exitCode = await main(process.argv.slice(2));
