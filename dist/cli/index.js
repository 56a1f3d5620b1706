#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
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
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
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
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
            else if (node === undefined && this.schema)
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
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
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
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
    if (typeof visitor === 'function')
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
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 551:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lib/web-tree-sitter.cjs
var require_web_tree_sitter = __commonJS({
  "lib/web-tree-sitter.cjs"(exports, module) {
    "use strict";
    var Module = (() => {
      var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
      return async function(moduleArg = {}) {
        var moduleRtn;
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = typeof window == "object";
        var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
        var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
        Module.currentQueryProgressCallback = null;
        Module.currentProgressCallback = null;
        Module.currentLogCallback = null;
        Module.currentParseCallback = null;
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
          throw toThrow;
        }, "quit_");
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        __name(locateFile, "locateFile");
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __nccwpck_require__(9896);
          scriptDirectory = __dirname + "/";
          readBinary = /* @__PURE__ */ __name((filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          }, "readBinary");
          readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
            return ret;
          }, "readAsync");
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          arguments_ = process.argv.slice(2);
          quit_ = /* @__PURE__ */ __name((status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          }, "quit_");
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = /* @__PURE__ */ __name((url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(
                  /** @type{!ArrayBuffer} */
                  xhr.response
                );
              }, "readBinary");
            }
            readAsync = /* @__PURE__ */ __name(async (url) => {
              if (isFileURI(url)) {
                return new Promise((resolve, reject) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, true);
                  xhr.responseType = "arraybuffer";
                  xhr.onload = () => {
                    if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                      resolve(xhr.response);
                      return;
                    }
                    reject(xhr.status);
                  };
                  xhr.onerror = reject;
                  xhr.send(null);
                });
              }
              var response = await fetch(url, {
                credentials: "same-origin"
              });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            }, "readAsync");
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var dynamicLibraries = [];
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
        var readyPromiseResolve, readyPromiseReject;
        var wasmMemory;
        var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
        var HEAP64, HEAPU64;
        var HEAP_DATA_VIEW;
        var runtimeInitialized = false;
        function updateMemoryViews() {
          var b = wasmMemory.buffer;
          Module["HEAP8"] = HEAP8 = new Int8Array(b);
          Module["HEAP16"] = HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
          Module["HEAP32"] = HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
          Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
          Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
          Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
          Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
          LE_HEAP_UPDATE();
        }
        __name(updateMemoryViews, "updateMemoryViews");
        function initMemory() {
          if (Module["wasmMemory"]) {
            wasmMemory = Module["wasmMemory"];
          } else {
            var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
            wasmMemory = new WebAssembly.Memory({
              "initial": INITIAL_MEMORY / 65536,
              // In theory we should not need to emit the maximum if we want "unlimited"
              // or 4GB of memory, but VMs error on that atm, see
              // https://github.com/emscripten-core/emscripten/issues/14130
              // And in the pthreads case we definitely need to emit a maximum. So
              // always emit one.
              "maximum": 32768
            });
          }
          updateMemoryViews();
        }
        __name(initMemory, "initMemory");
        var __RELOC_FUNCS__ = [];
        function preRun() {
          if (Module["preRun"]) {
            if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
            while (Module["preRun"].length) {
              addOnPreRun(Module["preRun"].shift());
            }
          }
          callRuntimeCallbacks(onPreRuns);
        }
        __name(preRun, "preRun");
        function initRuntime() {
          runtimeInitialized = true;
          callRuntimeCallbacks(__RELOC_FUNCS__);
          wasmExports["__wasm_call_ctors"]();
          callRuntimeCallbacks(onPostCtors);
        }
        __name(initRuntime, "initRuntime");
        function preMain() {
        }
        __name(preMain, "preMain");
        function postRun() {
          if (Module["postRun"]) {
            if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
            while (Module["postRun"].length) {
              addOnPostRun(Module["postRun"].shift());
            }
          }
          callRuntimeCallbacks(onPostRuns);
        }
        __name(postRun, "postRun");
        function abort(what) {
          Module["onAbort"]?.(what);
          what = "Aborted(" + what + ")";
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          readyPromiseReject?.(e);
          throw e;
        }
        __name(abort, "abort");
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("web-tree-sitter.wasm");
        }
        __name(findWasmBinary, "findWasmBinary");
        function getBinarySync(file) {
          if (file == wasmBinaryFile && wasmBinary) {
            return new Uint8Array(wasmBinary);
          }
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        __name(getBinarySync, "getBinarySync");
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        __name(getWasmBinary, "getWasmBinary");
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary2 = await getWasmBinary(binaryFile);
            var instance2 = await WebAssembly.instantiate(binary2, imports);
            return instance2;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        __name(instantiateArrayBuffer, "instantiateArrayBuffer");
        async function instantiateAsync(binary2, binaryFile, imports) {
          if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, {
                credentials: "same-origin"
              });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        __name(instantiateAsync, "instantiateAsync");
        function getWasmImports() {
          return {
            "env": wasmImports,
            "wasi_snapshot_preview1": wasmImports,
            "GOT.mem": new Proxy(wasmImports, GOTHandler),
            "GOT.func": new Proxy(wasmImports, GOTHandler)
          };
        }
        __name(getWasmImports, "getWasmImports");
        async function createWasm() {
          function receiveInstance(instance2, module2) {
            wasmExports = instance2.exports;
            wasmExports = relocateExports(wasmExports, 1024);
            var metadata2 = getDylinkMetadata(module2);
            if (metadata2.neededDynlibs) {
              dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
            }
            mergeLibSymbols(wasmExports, "main");
            LDSO.init();
            loadDylibs();
            __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
            assignWasmExports(wasmExports);
            return wasmExports;
          }
          __name(receiveInstance, "receiveInstance");
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"], result2["module"]);
          }
          __name(receiveInstantiationResult, "receiveInstantiationResult");
          var info2 = getWasmImports();
          if (Module["instantiateWasm"]) {
            return new Promise((resolve, reject) => {
              Module["instantiateWasm"](info2, (mod, inst) => {
                resolve(receiveInstance(mod, inst));
              });
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        __name(createWasm, "createWasm");
        class ExitStatus {
          static {
            __name(this, "ExitStatus");
          }
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var GOT = {};
        var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
        var GOTHandler = {
          get(obj, symName) {
            var rtn = GOT[symName];
            if (!rtn) {
              rtn = GOT[symName] = new WebAssembly.Global({
                "value": "i32",
                "mutable": true
              });
            }
            if (!currentModuleWeakSymbols.has(symName)) {
              rtn.required = true;
            }
            return rtn;
          }
        };
        var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
        var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
        var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
        var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
        var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
        var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
        var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
        var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
        var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
        var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
        var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
        var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
        var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
        var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        }, "callRuntimeCallbacks");
        var onPostRuns = [];
        var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
        var onPreRuns = [];
        var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
        var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
        var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        }, "findStringEnd");
        var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }, "UTF8ArrayToString");
        var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
          var offset = 0;
          var end = 0;
          function getU8() {
            return binary2[offset++];
          }
          __name(getU8, "getU8");
          function getLEB() {
            var ret = 0;
            var mul = 1;
            while (1) {
              var byte = binary2[offset++];
              ret += (byte & 127) * mul;
              mul *= 128;
              if (!(byte & 128)) break;
            }
            return ret;
          }
          __name(getLEB, "getLEB");
          function getString() {
            var len = getLEB();
            offset += len;
            return UTF8ArrayToString(binary2, offset - len, len);
          }
          __name(getString, "getString");
          function getStringList() {
            var count2 = getLEB();
            var rtn = [];
            while (count2--) rtn.push(getString());
            return rtn;
          }
          __name(getStringList, "getStringList");
          function failIf(condition, message) {
            if (condition) throw new Error(message);
          }
          __name(failIf, "failIf");
          if (binary2 instanceof WebAssembly.Module) {
            var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
            failIf(dylinkSection.length === 0, "need dylink section");
            binary2 = new Uint8Array(dylinkSection[0]);
            end = binary2.length;
          } else {
            var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
            var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
            failIf(!magicNumberFound, "need to see wasm magic number");
            failIf(binary2[8] !== 0, "need the dylink section to be first");
            offset = 9;
            var section_size = getLEB();
            end = offset + section_size;
            var name2 = getString();
            failIf(name2 !== "dylink.0");
          }
          var customSection = {
            neededDynlibs: [],
            tlsExports: /* @__PURE__ */ new Set(),
            weakImports: /* @__PURE__ */ new Set(),
            runtimePaths: []
          };
          var WASM_DYLINK_MEM_INFO = 1;
          var WASM_DYLINK_NEEDED = 2;
          var WASM_DYLINK_EXPORT_INFO = 3;
          var WASM_DYLINK_IMPORT_INFO = 4;
          var WASM_DYLINK_RUNTIME_PATH = 5;
          var WASM_SYMBOL_TLS = 256;
          var WASM_SYMBOL_BINDING_MASK = 3;
          var WASM_SYMBOL_BINDING_WEAK = 1;
          while (offset < end) {
            var subsectionType = getU8();
            var subsectionSize = getLEB();
            if (subsectionType === WASM_DYLINK_MEM_INFO) {
              customSection.memorySize = getLEB();
              customSection.memoryAlign = getLEB();
              customSection.tableSize = getLEB();
              customSection.tableAlign = getLEB();
            } else if (subsectionType === WASM_DYLINK_NEEDED) {
              customSection.neededDynlibs = getStringList();
            } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
              var count = getLEB();
              while (count--) {
                var symname = getString();
                var flags2 = getLEB();
                if (flags2 & WASM_SYMBOL_TLS) {
                  customSection.tlsExports.add(symname);
                }
              }
            } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
              var count = getLEB();
              while (count--) {
                var modname = getString();
                var symname = getString();
                var flags2 = getLEB();
                if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                  customSection.weakImports.add(symname);
                }
              }
            } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
              customSection.runtimePaths = getStringList();
            } else {
              offset += subsectionSize;
            }
          }
          return customSection;
        }, "getDylinkMetadata");
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
            case "i32":
              return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
            case "i64":
              return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
            case "float":
              return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
            case "double":
              return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
            case "*":
              return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        __name(getValue, "getValue");
        var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
          var dso = {
            refcount: Infinity,
            name: name2,
            exports: syms,
            global: true
          };
          LDSO.loadedLibsByName[name2] = dso;
          if (handle2 != void 0) {
            LDSO.loadedLibsByHandle[handle2] = dso;
          }
          return dso;
        }, "newDSO");
        var LDSO = {
          loadedLibsByName: {},
          loadedLibsByHandle: {},
          init() {
            newDSO("__main__", 0, wasmImports);
          }
        };
        var ___heap_base = 82240;
        var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
        var getMemory = /* @__PURE__ */ __name((size) => {
          if (runtimeInitialized) {
            return _calloc(size, 1);
          }
          var ret = ___heap_base;
          var end = ret + alignMemory(size, 16);
          ___heap_base = end;
          GOT["__heap_base"].value = end;
          return ret;
        }, "getMemory");
        var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
        var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
          const n = arr.length;
          return [n % 128 | 128, n >> 7, ...arr];
        }, "uleb128EncodeWithLen");
        var wasmTypeCodes = {
          "i": 127,
          // i32
          "p": 127,
          // i32
          "j": 126,
          // i64
          "f": 125,
          // f32
          "d": 124,
          // f64
          "e": 111
        };
        var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
          var code = wasmTypeCodes[type];
          return code;
        })), "generateTypePack");
        var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
          var bytes = Uint8Array.of(
            0,
            97,
            115,
            109,
            // magic ("\0asm")
            1,
            0,
            0,
            0,
            // version: 1
            1,
            ...uleb128EncodeWithLen([
              1,
              // count: 1
              96,
              // param types
              ...generateTypePack(sig.slice(1)),
              // return types (for now only supporting [] if `void` and single [T] otherwise)
              ...generateTypePack(sig[0] === "v" ? "" : sig[0])
            ]),
            // The rest of the module is static
            2,
            7,
            // import section
            // (import "e" "f" (func 0 (type 0)))
            1,
            1,
            101,
            1,
            102,
            0,
            0,
            7,
            5,
            // export section
            // (export "f" (func 0 (type 0)))
            1,
            1,
            102,
            0,
            0
          );
          var module2 = new WebAssembly.Module(bytes);
          var instance2 = new WebAssembly.Instance(module2, {
            "e": {
              "f": func2
            }
          });
          var wrappedFunc = instance2.exports["f"];
          return wrappedFunc;
        }, "convertJsFunctionToWasm");
        var wasmTableMirror = [];
        var wasmTable = new WebAssembly.Table({
          "initial": 31,
          "element": "anyfunc"
        });
        var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
          var func2 = wasmTableMirror[funcPtr];
          if (!func2) {
            wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
          }
          return func2;
        }, "getWasmTableEntry");
        var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
          if (functionsInTableMap) {
            for (var i2 = offset; i2 < offset + count; i2++) {
              var item = getWasmTableEntry(i2);
              if (item) {
                functionsInTableMap.set(item, i2);
              }
            }
          }
        }, "updateTableMap");
        var functionsInTableMap;
        var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
          if (!functionsInTableMap) {
            functionsInTableMap = /* @__PURE__ */ new WeakMap();
            updateTableMap(0, wasmTable.length);
          }
          return functionsInTableMap.get(func2) || 0;
        }, "getFunctionAddress");
        var freeTableIndexes = [];
        var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
          if (freeTableIndexes.length) {
            return freeTableIndexes.pop();
          }
          return wasmTable["grow"](1);
        }, "getEmptyTableSlot");
        var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
          wasmTable.set(idx, func2);
          wasmTableMirror[idx] = wasmTable.get(idx);
        }, "setWasmTableEntry");
        var addFunction = /* @__PURE__ */ __name((func2, sig) => {
          var rtn = getFunctionAddress(func2);
          if (rtn) {
            return rtn;
          }
          var ret = getEmptyTableSlot();
          try {
            setWasmTableEntry(ret, func2);
          } catch (err2) {
            if (!(err2 instanceof TypeError)) {
              throw err2;
            }
            var wrapped = convertJsFunctionToWasm(func2, sig);
            setWasmTableEntry(ret, wrapped);
          }
          functionsInTableMap.set(func2, ret);
          return ret;
        }, "addFunction");
        var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
          for (var symName in exports2) {
            if (isInternalSym(symName)) {
              continue;
            }
            var value = exports2[symName];
            GOT[symName] ||= new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            });
            if (replace || GOT[symName].value == 0) {
              if (typeof value == "function") {
                GOT[symName].value = addFunction(value);
              } else if (typeof value == "number") {
                GOT[symName].value = value;
              } else {
                err(`unhandled export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "updateGOT");
        var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
          var relocated = {};
          for (var e in exports2) {
            var value = exports2[e];
            if (typeof value == "object") {
              value = value.value;
            }
            if (typeof value == "number") {
              value += memoryBase2;
            }
            relocated[e] = value;
          }
          updateGOT(relocated, replace);
          return relocated;
        }, "relocateExports");
        var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
          var existing = wasmImports[symName];
          if (!existing || existing.stub) {
            return false;
          }
          return true;
        }, "isSymbolDefined");
        var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
          var func2 = getWasmTableEntry(ptr);
          var rtn = func2(...args2);
          function convert(rtn2) {
            return rtn2;
          }
          __name(convert, "convert");
          return convert(rtn);
        }, "dynCall");
        var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
        var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
        var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
          var sp = stackSave();
          try {
            return dynCall(sig, ptr, args2);
          } catch (e) {
            stackRestore(sp);
            if (e !== e + 0) throw e;
            _setThrew(1, 0);
            if (sig[0] == "j") return 0n;
          }
        }, "createInvokeFunction");
        var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
          var sym;
          if (isSymbolDefined(symName)) {
            sym = wasmImports[symName];
          } else if (symName.startsWith("invoke_")) {
            sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
          }
          return {
            sym,
            name: symName
          };
        }, "resolveGlobalSymbol");
        var onPostCtors = [];
        var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
        var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
        var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
          var metadata = getDylinkMetadata(binary);
          function loadModule() {
            var memAlign = Math.pow(2, metadata.memoryAlign);
            var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
            var tableBase = metadata.tableSize ? wasmTable.length : 0;
            if (handle) {
              HEAP8[handle + 8] = 1;
              LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
              LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
              LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
              LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
            }
            if (metadata.tableSize) {
              wasmTable.grow(metadata.tableSize);
            }
            var moduleExports;
            function resolveSymbol(sym) {
              var resolved = resolveGlobalSymbol(sym).sym;
              if (!resolved && localScope) {
                resolved = localScope[sym];
              }
              if (!resolved) {
                resolved = moduleExports[sym];
              }
              return resolved;
            }
            __name(resolveSymbol, "resolveSymbol");
            var proxyHandler = {
              get(stubs, prop) {
                switch (prop) {
                  case "__memory_base":
                    return memoryBase;
                  case "__table_base":
                    return tableBase;
                }
                if (prop in wasmImports && !wasmImports[prop].stub) {
                  var res = wasmImports[prop];
                  return res;
                }
                if (!(prop in stubs)) {
                  var resolved;
                  stubs[prop] = (...args2) => {
                    resolved ||= resolveSymbol(prop);
                    return resolved(...args2);
                  };
                }
                return stubs[prop];
              }
            };
            var proxy = new Proxy({}, proxyHandler);
            currentModuleWeakSymbols = metadata.weakImports;
            var info = {
              "GOT.mem": new Proxy({}, GOTHandler),
              "GOT.func": new Proxy({}, GOTHandler),
              "env": proxy,
              "wasi_snapshot_preview1": proxy
            };
            function postInstantiation(module, instance) {
              updateTableMap(tableBase, metadata.tableSize);
              moduleExports = relocateExports(instance.exports, memoryBase);
              if (!flags.allowUndefined) {
                reportUndefinedSymbols();
              }
              function addEmAsm(addr, body) {
                var args = [];
                var arity = 0;
                for (; arity < 16; arity++) {
                  if (body.indexOf("$" + arity) != -1) {
                    args.push("$" + arity);
                  } else {
                    break;
                  }
                }
                args = args.join(",");
                var func = `(${args}) => { ${body} };`;
                ASM_CONSTS[start] = eval(func);
              }
              __name(addEmAsm, "addEmAsm");
              if ("__start_em_asm" in moduleExports) {
                var start = moduleExports["__start_em_asm"];
                var stop = moduleExports["__stop_em_asm"];
                while (start < stop) {
                  var jsString = UTF8ToString(start);
                  addEmAsm(start, jsString);
                  start = HEAPU8.indexOf(0, start) + 1;
                }
              }
              function addEmJs(name, cSig, body) {
                var jsArgs = [];
                cSig = cSig.slice(1, -1);
                if (cSig != "void") {
                  cSig = cSig.split(",");
                  for (var i in cSig) {
                    var jsArg = cSig[i].split(" ").pop();
                    jsArgs.push(jsArg.replace("*", ""));
                  }
                }
                var func = `(${jsArgs}) => ${body};`;
                moduleExports[name] = eval(func);
              }
              __name(addEmJs, "addEmJs");
              for (var name in moduleExports) {
                if (name.startsWith("__em_js__")) {
                  var start = moduleExports[name];
                  var jsString = UTF8ToString(start);
                  var parts = jsString.split("<::>");
                  addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                  delete moduleExports[name];
                }
              }
              var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
              if (applyRelocs) {
                if (runtimeInitialized) {
                  applyRelocs();
                } else {
                  __RELOC_FUNCS__.push(applyRelocs);
                }
              }
              var init = moduleExports["__wasm_call_ctors"];
              if (init) {
                if (runtimeInitialized) {
                  init();
                } else {
                  addOnPostCtor(init);
                }
              }
              return moduleExports;
            }
            __name(postInstantiation, "postInstantiation");
            if (flags.loadAsync) {
              return (async () => {
                var instance2;
                if (binary instanceof WebAssembly.Module) {
                  instance2 = new WebAssembly.Instance(binary, info);
                } else {
                  ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
                }
                return postInstantiation(binary, instance2);
              })();
            }
            var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
            var instance = new WebAssembly.Instance(module, info);
            return postInstantiation(module, instance);
          }
          __name(loadModule, "loadModule");
          flags = {
            ...flags,
            rpath: {
              parentLibPath: libName,
              paths: metadata.runtimePaths
            }
          };
          if (flags.loadAsync) {
            return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
          }
          metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
          return loadModule();
        }, "loadWebAssemblyModule");
        var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
          for (var [sym, exp] of Object.entries(exports2)) {
            const setImport = /* @__PURE__ */ __name((target) => {
              if (!isSymbolDefined(target)) {
                wasmImports[target] = exp;
              }
            }, "setImport");
            setImport(sym);
            const main_alias = "__main_argc_argv";
            if (sym == "main") {
              setImport(main_alias);
            }
            if (sym == main_alias) {
              setImport("main");
            }
          }
        }, "mergeLibSymbols");
        var asyncLoad = /* @__PURE__ */ __name(async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        }, "asyncLoad");
        function loadDynamicLibrary(libName2, flags2 = {
          global: true,
          nodelete: true
        }, localScope2, handle2) {
          var dso = LDSO.loadedLibsByName[libName2];
          if (dso) {
            if (!flags2.global) {
              if (localScope2) {
                Object.assign(localScope2, dso.exports);
              }
            } else if (!dso.global) {
              dso.global = true;
              mergeLibSymbols(dso.exports, libName2);
            }
            if (flags2.nodelete && dso.refcount !== Infinity) {
              dso.refcount = Infinity;
            }
            dso.refcount++;
            if (handle2) {
              LDSO.loadedLibsByHandle[handle2] = dso;
            }
            return flags2.loadAsync ? Promise.resolve(true) : true;
          }
          dso = newDSO(libName2, handle2, "loading");
          dso.refcount = flags2.nodelete ? Infinity : 1;
          dso.global = flags2.global;
          function loadLibData() {
            if (handle2) {
              var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
              var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
              if (data && dataSize) {
                var libData = HEAP8.slice(data, data + dataSize);
                return flags2.loadAsync ? Promise.resolve(libData) : libData;
              }
            }
            var libFile = locateFile(libName2);
            if (flags2.loadAsync) {
              return asyncLoad(libFile);
            }
            if (!readBinary) {
              throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
            }
            return readBinary(libFile);
          }
          __name(loadLibData, "loadLibData");
          function getExports() {
            if (flags2.loadAsync) {
              return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
            }
            return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
          }
          __name(getExports, "getExports");
          function moduleLoaded(exports2) {
            if (dso.global) {
              mergeLibSymbols(exports2, libName2);
            } else if (localScope2) {
              Object.assign(localScope2, exports2);
            }
            dso.exports = exports2;
          }
          __name(moduleLoaded, "moduleLoaded");
          if (flags2.loadAsync) {
            return getExports().then((exports2) => {
              moduleLoaded(exports2);
              return true;
            });
          }
          moduleLoaded(getExports());
          return true;
        }
        __name(loadDynamicLibrary, "loadDynamicLibrary");
        var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
          for (var [symName, entry] of Object.entries(GOT)) {
            if (entry.value == 0) {
              var value = resolveGlobalSymbol(symName, true).sym;
              if (!value && !entry.required) {
                continue;
              }
              if (typeof value == "function") {
                entry.value = addFunction(value, value.sig);
              } else if (typeof value == "number") {
                entry.value = value;
              } else {
                throw new Error(`bad export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "reportUndefinedSymbols");
        var runDependencies = 0;
        var dependenciesFulfilled = null;
        var removeRunDependency = /* @__PURE__ */ __name((id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (runDependencies == 0) {
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }, "removeRunDependency");
        var addRunDependency = /* @__PURE__ */ __name((id) => {
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        }, "addRunDependency");
        var loadDylibs = /* @__PURE__ */ __name(async () => {
          if (!dynamicLibraries.length) {
            reportUndefinedSymbols();
            return;
          }
          addRunDependency("loadDylibs");
          for (var lib of dynamicLibraries) {
            await loadDynamicLibrary(lib, {
              loadAsync: true,
              global: true,
              nodelete: true,
              allowUndefined: true
            });
          }
          reportUndefinedSymbols();
          removeRunDependency("loadDylibs");
        }, "loadDylibs");
        var noExitRuntime = true;
        function setValue(ptr, value, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              HEAP8[ptr] = value;
              break;
            case "i8":
              HEAP8[ptr] = value;
              break;
            case "i16":
              LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
              break;
            case "i32":
              LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
              break;
            case "i64":
              LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
              break;
            case "float":
              LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
              break;
            case "double":
              LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
              break;
            case "*":
              LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
              break;
            default:
              abort(`invalid type for setValue: ${type}`);
          }
        }
        __name(setValue, "setValue");
        var ___memory_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1024);
        var ___stack_high = 82240;
        var ___stack_low = 16704;
        var ___stack_pointer = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        }, 82240);
        var ___table_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1);
        var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
        __abort_js.sig = "v";
        var getHeapMax = /* @__PURE__ */ __name(() => (
          // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
          // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
          // for any code that deals with heap sizes, which would require special
          // casing all heap size related code to treat 0 specially.
          2147483648
        ), "getHeapMax");
        var growMemory = /* @__PURE__ */ __name((size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        }, "growMemory");
        var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        }, "_emscripten_resize_heap");
        _emscripten_resize_heap.sig = "ip";
        var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
        _fd_close.sig = "ii";
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          return 70;
        }
        __name(_fd_seek, "_fd_seek");
        _fd_seek.sig = "iijip";
        var printCharBuffers = [null, [], []];
        var printChar = /* @__PURE__ */ __name((stream, curr) => {
          var buffer = printCharBuffers[stream];
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
            buffer.length = 0;
          } else {
            buffer.push(curr);
          }
        }, "printChar");
        var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
          var num = 0;
          for (var i2 = 0; i2 < iovcnt; i2++) {
            var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
            var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
            iov += 8;
            for (var j = 0; j < len; j++) {
              printChar(fd, HEAPU8[ptr + j]);
            }
            num += len;
          }
          LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
          return 0;
        }, "_fd_write");
        _fd_write.sig = "iippp";
        function _tree_sitter_log_callback(isLexMessage, messageAddress) {
          if (Module.currentLogCallback) {
            const message = UTF8ToString(messageAddress);
            Module.currentLogCallback(message, isLexMessage !== 0);
          }
        }
        __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
        function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
          const INPUT_BUFFER_SIZE = 10 * 1024;
          const string = Module.currentParseCallback(index, {
            row,
            column
          });
          if (typeof string === "string") {
            setValue(lengthAddress, string.length, "i32");
            stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
          } else {
            setValue(lengthAddress, 0, "i32");
          }
        }
        __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
        function _tree_sitter_progress_callback(currentOffset, hasError) {
          if (Module.currentProgressCallback) {
            return Module.currentProgressCallback({
              currentOffset,
              hasError
            });
          }
          return false;
        }
        __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
        function _tree_sitter_query_progress_callback(currentOffset) {
          if (Module.currentQueryProgressCallback) {
            return Module.currentQueryProgressCallback({
              currentOffset
            });
          }
          return false;
        }
        __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
        var runtimeKeepaliveCounter = 0;
        var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
        var _proc_exit = /* @__PURE__ */ __name((code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        }, "_proc_exit");
        _proc_exit.sig = "vi";
        var exitJS = /* @__PURE__ */ __name((status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        }, "exitJS");
        var handleException = /* @__PURE__ */ __name((e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        }, "handleException");
        var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
          var len = 0;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var c = str.charCodeAt(i2);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i2;
            } else {
              len += 3;
            }
          }
          return len;
        }, "lengthBytesUTF8");
        var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var u = str.codePointAt(i2);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i2++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        }, "stringToUTF8Array");
        var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
        var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
        var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
          var size = lengthBytesUTF8(str) + 1;
          var ret = stackAlloc(size);
          stringToUTF8(str, ret, size);
          return ret;
        }, "stringToUTF8OnStack");
        var AsciiToString = /* @__PURE__ */ __name((ptr) => {
          var str = "";
          while (1) {
            var ch = HEAPU8[ptr++];
            if (!ch) return str;
            str += String.fromCharCode(ch);
          }
        }, "AsciiToString");
        var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
          maxBytesToWrite ??= 2147483647;
          if (maxBytesToWrite < 2) return 0;
          maxBytesToWrite -= 2;
          var startPtr = outPtr;
          var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
          for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
            var codeUnit = str.charCodeAt(i2);
            LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
            outPtr += 2;
          }
          LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
          return outPtr - startPtr;
        }, "stringToUTF16");
        LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
          /* little endian */
          ((x) => x),
          ((x) => x),
          void 0,
          ((x) => x)
        ] : [
          /* big endian */
          ((x) => x),
          ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
          void 0,
          ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
        ];
        function LE_HEAP_UPDATE() {
          HEAPU16.unsigned = ((x) => x & 65535);
          HEAPU32.unsigned = ((x) => x >>> 0);
        }
        __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
        {
          initMemory();
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
          if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
          if (Module["arguments"]) arguments_ = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          if (Module["preInit"]) {
            if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
            while (Module["preInit"].length > 0) {
              Module["preInit"].shift()();
            }
          }
        }
        Module["setValue"] = setValue;
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        Module["AsciiToString"] = AsciiToString;
        Module["stringToUTF16"] = stringToUTF16;
        Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
        Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
        var ASM_CONSTS = {};
        var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
        function assignWasmExports(wasmExports2) {
          Module["_malloc"] = _malloc = wasmExports2["malloc"];
          Module["_calloc"] = _calloc = wasmExports2["calloc"];
          Module["_realloc"] = _realloc = wasmExports2["realloc"];
          Module["_free"] = _free = wasmExports2["free"];
          Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
          Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
          Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
          Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
          Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
          Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
          Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
          Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
          Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
          Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
          Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
          Module["_strlen"] = _strlen = wasmExports2["strlen"];
          Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
          Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
          Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
          Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
          Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
          Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
          Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
          Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
          Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
          Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
          Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
          Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
          Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
          Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
          Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
          Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
          Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
          Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
          Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
          Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
          Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
          Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
          Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
          Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
          Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
          Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
          Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
          Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
          Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
          Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
          Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
          Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
          Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
          Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
          Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
          Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
          Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
          Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
          Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
          Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
          Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
          Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
          Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
          Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
          Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
          Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
          Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
          Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
          Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
          Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
          Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
          Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
          Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
          Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
          Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
          Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
          Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
          Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
          Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
          Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
          Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
          Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
          Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
          Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
          Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
          Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
          Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
          Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
          Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
          Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
          Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
          Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
          Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
          Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
          Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
          Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
          Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
          Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
          Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
          Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
          Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
          Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
          Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
          Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
          Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
          Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
          Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
          Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
          Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
          Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
          Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
          Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
          Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
          Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
          Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
          Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
          Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
          Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
          Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
          Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
          Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
          Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
          Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
          Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
          Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
          Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
          Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
          Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
          Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
          Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
          Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
          Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
          Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
          Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
          Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
          Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
          Module["_memset"] = _memset = wasmExports2["memset"];
          Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
          Module["_memmove"] = _memmove = wasmExports2["memmove"];
          Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
          Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
          Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
          Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
          Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
          Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
          Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
          Module["_memchr"] = _memchr = wasmExports2["memchr"];
          Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
          Module["_strncat"] = _strncat = wasmExports2["strncat"];
          Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
          Module["_towlower"] = _towlower = wasmExports2["towlower"];
          Module["_towupper"] = _towupper = wasmExports2["towupper"];
          _setThrew = wasmExports2["setThrew"];
          __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
          __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
          _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
          ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
        }
        __name(assignWasmExports, "assignWasmExports");
        var wasmImports = {
          /** @export */
          __heap_base: ___heap_base,
          /** @export */
          __indirect_function_table: wasmTable,
          /** @export */
          __memory_base: ___memory_base,
          /** @export */
          __stack_high: ___stack_high,
          /** @export */
          __stack_low: ___stack_low,
          /** @export */
          __stack_pointer: ___stack_pointer,
          /** @export */
          __table_base: ___table_base,
          /** @export */
          _abort_js: __abort_js,
          /** @export */
          emscripten_resize_heap: _emscripten_resize_heap,
          /** @export */
          fd_close: _fd_close,
          /** @export */
          fd_seek: _fd_seek,
          /** @export */
          fd_write: _fd_write,
          /** @export */
          memory: wasmMemory,
          /** @export */
          tree_sitter_log_callback: _tree_sitter_log_callback,
          /** @export */
          tree_sitter_parse_callback: _tree_sitter_parse_callback,
          /** @export */
          tree_sitter_progress_callback: _tree_sitter_progress_callback,
          /** @export */
          tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
        };
        function callMain(args2 = []) {
          var entryFunction = resolveGlobalSymbol("main").sym;
          if (!entryFunction) return;
          args2.unshift(thisProgram);
          var argc = args2.length;
          var argv = stackAlloc((argc + 1) * 4);
          var argv_ptr = argv;
          args2.forEach((arg) => {
            LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
            argv_ptr += 4;
          });
          LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
          try {
            var ret = entryFunction(argc, argv);
            exitJS(
              ret,
              /* implicit = */
              true
            );
            return ret;
          } catch (e) {
            return handleException(e);
          }
        }
        __name(callMain, "callMain");
        function run(args2 = arguments_) {
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          preRun();
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          function doRun() {
            Module["calledRun"] = true;
            if (ABORT) return;
            initRuntime();
            preMain();
            readyPromiseResolve?.(Module);
            Module["onRuntimeInitialized"]?.();
            var noInitialRun = Module["noInitialRun"] || false;
            if (!noInitialRun) callMain(args2);
            postRun();
          }
          __name(doRun, "doRun");
          if (Module["setStatus"]) {
            Module["setStatus"]("Running...");
            setTimeout(() => {
              setTimeout(() => Module["setStatus"](""), 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
        }
        __name(run, "run");
        var wasmExports;
        wasmExports = await createWasm();
        run();
        if (runtimeInitialized) {
          moduleRtn = Module;
        } else {
          moduleRtn = new Promise((resolve, reject) => {
            readyPromiseResolve = resolve;
            readyPromiseReject = reject;
          });
        }
        return moduleRtn;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = Module;
      module.exports.default = Module;
    } else if (typeof define === "function" && define["amd"])
      define([], () => Module);
  }
});

// src/index.ts
var index_exports = {};
__export(index_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  Edit: () => Edit,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
module.exports = __toCommonJS(index_exports);

// src/edit.ts
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};

// src/constants.ts
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;

// src/finalization_registry.ts
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");

// src/lookahead_iterator.ts
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};

// src/tree.ts
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};

// src/tree_cursor.ts
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};

// src/node.ts
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};

// src/marshal.ts
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");

// src/language.ts
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1943, 23));
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};

// src/bindings.ts
var import_web_tree_sitter = __toESM(require_web_tree_sitter(), 1);
var Module2 = null;
async function initializeBinding(moduleOptions) {
  return Module2 ??= await (0, import_web_tree_sitter.default)(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module2;
}
__name(checkModule, "checkModule");

// src/parser.ts
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/query.ts
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (0);
module.exports["default"] = module.exports;
//# sourceMappingURL=web-tree-sitter.cjs.map


/***/ }),

/***/ 1326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// web-tree-sitter's ESM build does not survive bundling ("createRequire is not a function"), and
// ncc does not follow a require() made with createRequire. A static import of this CommonJS file
// makes the bundler see a plain require() and inline the package's CommonJS build.
module.exports = __nccwpck_require__(551);


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/version.ts
const TOOL_NAME = 'silent-failure-audit';
/** Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';
const DOCS_BASE = 'https://github.com/silent-failure-audit/silent-failure-audit/blob/main/docs/rules';

;// CONCATENATED MODULE: ./src/baseline.ts

class BaselineError extends Error {
}
const byKey = (a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);
/** The baseline of the findings that are not suppressed, sorted so that it reads well in a diff. */
function createBaseline(findings) {
    const entries = findings
        .filter((finding) => !finding.suppressed)
        .map(({ fingerprint, ruleId, file, job, step }) => ({ fingerprint, ruleId, file, job, step }))
        .sort(byKey);
    return { version: 1, tool: TOOL_NAME, findings: entries };
}
function serializeBaseline(baseline) {
    const lines = baseline.findings.map((entry) => `    ${JSON.stringify(entry)}`);
    return `{\n  "version": 1,\n  "tool": "${TOOL_NAME}",\n  "findings": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
/** Reads a baseline file's text; a wrong shape is an error that says what is wrong. */
function parseBaseline(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`${source}: not JSON (${error.message}); write one with --write-baseline`);
    }
    const findings = data?.findings;
    if (data?.version !== 1 || !Array.isArray(findings)) {
        throw new BaselineError(`${source}: not a version 1 baseline (expected {"version": 1, "findings": [...]}); write one with --write-baseline`);
    }
    const fingerprints = new Set();
    findings.forEach((entry, index) => {
        const fingerprint = entry?.fingerprint;
        if (typeof fingerprint !== 'string')
            throw new BaselineError(`${source}: findings[${index}] has no "fingerprint" string`);
        fingerprints.add(fingerprint);
    });
    return fingerprints;
}
/** Marks the findings a baseline already knows as not new; only new ones can block. */
function applyBaseline(findings, known) {
    for (const finding of findings)
        finding.new = !known.has(finding.fingerprint);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/load/parse.ts

/** Converts yaml's [start, end) offsets to a 1-based position. */
function rangeToPosition(lineCounter, start, end) {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
const firstLine = (message) => message.split('\n')[0].trim();
/**
 * Decodes and parses one file. Invalid UTF-8 and YAML errors become problems at their line; a
 * second document in the file is such an error, since a workflow is one document.
 */
function parseYaml(bytes) {
    const lineCounter = new dist/* LineCounter */.HN();
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8Offset(bytes);
        const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
        return {
            text: '',
            doc: undefined,
            lineCounter,
            problems: [{ message: 'file is not valid UTF-8 text', pos: { line, column: 1, endLine: line, endColumn: 1 } }],
        };
    }
    if (text.includes('\u0000')) {
        return {
            text: '',
            doc: undefined,
            lineCounter,
            problems: [{ message: 'file is binary (contains NUL bytes), not YAML', pos: { line: 1, column: 1, endLine: 1, endColumn: 1 } }],
        };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    // yaml reports every token after a syntax error; the first one is the one to fix.
    const problems = doc.errors.slice(0, 1).map((error) => ({
        message: `YAML error: ${firstLine(error.message)}`,
        pos: rangeToPosition(lineCounter, error.pos[0], error.pos[1]),
    }));
    return { text, doc, lineCounter, problems };
}
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
        if (size === 0 || i + size > bytes.length)
            return i;
        for (let k = 1; k < size; k++)
            if (bytes[i + k] >> 6 !== 0b10)
                return i;
        i += size;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/rules/types.ts
const CATEGORIES = ['soft-fail', 'conditional-skip', 'retry-masking', 'scope-gap', 'informational-only', 'invalid'];
const SEVERITIES = ['info', 'low', 'medium', 'high'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isAtLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}

;// CONCATENATED MODULE: ./src/outcome.ts

const FAIL_ON_VALUES = [...SEVERITIES, 'none'];
function parseFailOn(value) {
    return FAIL_ON_VALUES.includes(value) ? value : undefined;
}
/** Findings that fail the run: not suppressed, new, and at or above the threshold. */
function blockingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((finding) => !finding.suppressed && finding.new && isAtLeast(finding.severity, failOn));
}
/** The lowest threshold among several (configs of several PATHs): the one that blocks the most. */
function strictest(values) {
    const given = values.filter((value) => value !== undefined);
    if (given.length === 0)
        return undefined;
    return given.reduce((a, b) => (FAIL_ON_VALUES.indexOf(a) <= FAIL_ON_VALUES.indexOf(b) ? a : b));
}

;// CONCATENATED MODULE: ./src/model/expression.ts
/**
 * Parser and three-valued evaluator for GitHub Actions `${{ }}` expressions.
 * Semantics follow https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 * and GitHub's reference implementation https://github.com/actions/languageservices (expressions/).
 */
class ExpressionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'ExpressionError';
    }
}
const STATUS_FUNCTIONS = new Set(['always', 'success', 'failure', 'cancelled']);
/** [min, max] argument counts; GitHub rejects other counts when the workflow is loaded. */
const ARITY = new Map([
    ['contains', [2, 2]],
    ['startswith', [2, 2]],
    ['endswith', [2, 2]],
    ['format', [1, Infinity]],
    ['join', [1, 2]],
    ['tojson', [1, 1]],
    ['fromjson', [1, 1]],
    ['hashfiles', [1, Infinity]],
    ...[...STATUS_FUNCTIONS].map((name) => [name, [0, 0]]),
]);
/** Deep enough for any real condition, shallow enough that recursive evaluation cannot overflow the stack. */
const MAX_DEPTH = 200;
const KEYWORDS = new Map([
    ['true', true],
    ['false', false],
    ['null', null],
    ['NaN', NaN],
    ['Infinity', Infinity],
]);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isDigit = (c) => c >= '0' && c <= '9';
// Mirrors GitHub's lexer: a number or identifier runs until one of these characters.
const isBoundary = (c) => '()[],.!<>=&|'.includes(c) || isSpace(c);
function lex(src) {
    const tokens = [];
    let i = 0;
    const push = (type, start, value) => {
        tokens.push({ type, start, end: i, value });
    };
    const scanWord = (allowDot) => {
        while (i < src.length && (!isBoundary(src[i]) || (allowDot && src[i] === '.')))
            i++;
    };
    while (i < src.length) {
        const start = i;
        const c = src[i];
        const two = src.slice(i, i + 2);
        const prev = tokens.at(-1)?.type;
        if (isSpace(c)) {
            i++;
        }
        else if ('()[],*'.includes(c)) {
            i++;
            push(c, start);
        }
        else if (c === '.' && (prev === 'ident' || prev === ']' || prev === ')' || prev === '*')) {
            i++;
            push('.', start);
        }
        else if (c === "'") {
            let value = '';
            for (i++;; i++) {
                if (i >= src.length)
                    throw new ExpressionError('unterminated string literal', start);
                if (src[i] !== "'")
                    value += src[i];
                else if (src[i + 1] === "'")
                    value += src[i++];
                else
                    break;
            }
            i++;
            push('literal', start, value);
        }
        else if (c === '.' || c === '-' || c === '+' || isDigit(c)) {
            // Signs belong to the number literal: GitHub has no unary minus.
            i++;
            scanWord(true);
            const value = Number(src.slice(start, i));
            if (Number.isNaN(value))
                throw unexpectedSymbol(src, start, i);
            push('literal', start, value);
        }
        else if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
            i += 2;
            push(two, start);
        }
        else if (c === '!' || c === '<' || c === '>') {
            i++;
            push(c, start);
        }
        else {
            i++;
            scanWord(false);
            const word = src.slice(start, i);
            if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(word))
                throw unexpectedSymbol(src, start, i);
            // After a dot every word is a property name: `needs.null.result` reads a job called "null".
            if (prev !== '.' && KEYWORDS.has(word))
                push('literal', start, KEYWORDS.get(word));
            else
                push('ident', start);
        }
    }
    tokens.push({ type: 'eof', start: i, end: i });
    return tokens;
}
function unexpectedSymbol(src, start, end) {
    return new ExpressionError(`unexpected symbol '${src.slice(start, end)}'`, start);
}
// ---------------------------------------------------------------------------------------------
// Parser (precedence, loosest first: ||, &&, == !=, < <= > >=, !, postfix . [ ], primary)
class Parser {
    src;
    pos = 0;
    depth = 0;
    tokens;
    constructor(src) {
        this.src = src;
        this.tokens = lex(src);
    }
    parse() {
        const node = this.expression();
        if (this.peek().type !== 'eof')
            throw this.unexpected(this.peek());
        return node;
    }
    expression() {
        this.enter();
        const node = this.logical('||');
        this.depth--;
        return node;
    }
    logical(op) {
        const operand = () => (op === '||' ? this.logical('&&') : this.binary(['==', '!=']));
        const args = [operand()];
        while (this.match(op))
            args.push(operand());
        return args.length === 1 ? args[0] : { kind: 'logical', op, args, start: args[0].start, end: args[args.length - 1].end };
    }
    binary(ops) {
        const operand = () => (ops[0] === '==' ? this.binary(['<', '<=', '>', '>=']) : this.unary());
        const saved = this.depth;
        let left = operand();
        for (let op = this.peek().type; ops.includes(op); op = this.peek().type) {
            this.pos++;
            this.enter();
            const right = operand();
            left = { kind: 'compare', op: op, left, right, start: left.start, end: right.end };
        }
        this.depth = saved;
        return left;
    }
    unary() {
        const bang = this.peek();
        if (!this.match('!'))
            return this.postfix();
        this.enter();
        const operand = this.unary();
        this.depth--;
        return { kind: 'not', operand, start: bang.start, end: operand.end };
    }
    postfix() {
        const first = this.next();
        if (first.type === 'literal')
            return { kind: 'literal', value: first.value ?? null, start: first.start, end: first.end };
        let node;
        if (first.type === '(') {
            node = this.expression();
            this.expect(')');
        }
        else if (first.type === 'ident') {
            node = this.identifier(first);
        }
        else {
            throw this.unexpected(first);
        }
        // GitHub allows property access only after a context, a call or a parenthesised expression.
        const saved = this.depth;
        for (;;) {
            if (this.match('.')) {
                this.enter();
                const prop = this.next();
                if (prop.type === '*')
                    node = { kind: 'filter', object: node, start: first.start, end: prop.end };
                else if (prop.type !== 'ident')
                    throw this.unexpected(prop);
                else {
                    const index = { kind: 'literal', value: this.src.slice(prop.start, prop.end), start: prop.start, end: prop.end };
                    node = { kind: 'index', object: node, index, start: first.start, end: prop.end };
                }
            }
            else if (this.match('[')) {
                this.enter();
                const index = this.match('*') ? undefined : this.expression();
                const close = this.expect(']');
                node = index
                    ? { kind: 'index', object: node, index, start: first.start, end: close.end }
                    : { kind: 'filter', object: node, start: first.start, end: close.end };
            }
            else {
                break;
            }
        }
        this.depth = saved;
        return node;
    }
    identifier(ident) {
        const name = this.src.slice(ident.start, ident.end).toLowerCase();
        if (!this.match('('))
            return { kind: 'context', name, start: ident.start, end: ident.end };
        const args = [];
        if (this.peek().type !== ')') {
            do
                args.push(this.expression());
            while (this.match(','));
        }
        const close = this.expect(')');
        const [min, max] = ARITY.get(name) ?? [0, Infinity];
        if (args.length < min || args.length > max) {
            throw new ExpressionError(`wrong number of arguments to ${name}(): ${args.length}`, ident.start);
        }
        return { kind: 'call', name, args, start: ident.start, end: close.end };
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            throw new ExpressionError('expression nested too deeply', this.peek().start);
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        const token = this.tokens[this.pos];
        if (token.type !== 'eof')
            this.pos++;
        return token;
    }
    match(type) {
        if (this.peek().type !== type)
            return false;
        this.pos++;
        return true;
    }
    expect(type) {
        const token = this.next();
        if (token.type !== type)
            throw this.unexpected(token);
        return token;
    }
    unexpected(token) {
        return token.type === 'eof'
            ? new ExpressionError('unexpected end of expression', token.start)
            : unexpectedSymbol(this.src, token.start, token.end);
    }
}
/** Parse the inner expression text (no `${{ }}`); throws ExpressionError on syntax error. */
function parseExpression(src) {
    return new Parser(src).parse();
}
// ---------------------------------------------------------------------------------------------
// Values. Known values are plain JS/JSON values; `Unknown` stands for a runtime value whose
// truthiness may nevertheless be known (`x && false` is falsy whatever x is).
class Unknown {
    truthy;
    constructor(truthy) {
        this.truthy = truthy;
    }
}
const UNKNOWN = new Unknown();
/** A context value known to exist but not known before the run (a dependency's outputs), for RunScenario.contexts. */
const RUNTIME_VALUE = UNKNOWN;
/** Arrays produced by `.*`: a further property access maps over their items, see evaluator.ts upstream. */
const filteredArrays = new WeakSet();
function filtered(items) {
    filteredArrays.add(items);
    return items;
}
function kindOf(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string')
        return typeof v;
    return Array.isArray(v) ? 'array' : 'object';
}
const isPrimitive = (v) => kindOf(v) !== 'array' && kindOf(v) !== 'object';
function truthiness(v) {
    if (v instanceof Unknown)
        return v.truthy;
    switch (kindOf(v)) {
        case 'null':
            return false;
        case 'boolean':
            return v;
        case 'number':
            return v !== 0 && !Number.isNaN(v);
        case 'string':
            return v !== '';
        default:
            return true;
    }
}
function toNumber(v) {
    // Number() covers the string forms GitHub documents: JSON numbers, hex, and '' → 0.
    return isPrimitive(v) ? Number(v ?? 0) : NaN;
}
function toStr(v) {
    switch (kindOf(v)) {
        case 'null':
            return '';
        // GitHub formats numbers with at most 15 significant digits.
        case 'number':
            return String(Number(v.toPrecision(15)));
        case 'array':
            return 'Array';
        case 'object':
            return 'Object';
        default:
            return String(v);
    }
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : a === b ? 0 : undefined);
/** -1/0/1, or undefined when GitHub considers the operands incomparable (NaN, distinct objects, mixed kinds). */
function order(l, r) {
    const lk = kindOf(l);
    const rk = kindOf(r);
    // Mismatched primitive types are compared as numbers; objects and arrays never coerce.
    if (lk !== rk)
        return isPrimitive(l) && isPrimitive(r) ? cmp(toNumber(l), toNumber(r)) : undefined;
    if (lk === 'null')
        return 0;
    if (lk === 'string')
        return cmp(l.toUpperCase(), r.toUpperCase());
    if (lk === 'number' || lk === 'boolean')
        return cmp(Number(l), Number(r));
    return l === r ? 0 : undefined;
}
const COMPARE = {
    '==': (o) => o === 0,
    '!=': (o) => o !== 0,
    '<': (o) => o === -1,
    '<=': (o) => o === -1 || o === 0,
    '>': (o) => o === 1,
    '>=': (o) => o === 1 || o === 0,
};
/** A property or element of a known value; undefined when absent. Object keys are case-insensitive. */
function member(obj, key) {
    if (Array.isArray(obj)) {
        const i = Math.floor(toNumber(key));
        return i >= 0 && i < obj.length ? obj[i] : undefined;
    }
    if (kindOf(obj) !== 'object')
        return undefined;
    const record = obj;
    const wanted = toStr(key).toLowerCase();
    const found = Object.keys(record).find((k) => k.toLowerCase() === wanted);
    return found === undefined ? undefined : record[found];
}
const children = (v) => (Array.isArray(v) ? v : kindOf(v) === 'object' ? Object.values(v) : []);
function format(fmt, args) {
    let out = '';
    for (let i = 0; i < fmt.length;) {
        const c = fmt[i];
        if ((c === '{' || c === '}') && fmt[i + 1] === c) {
            out += c;
            i += 2;
        }
        else if (c === '{') {
            const close = fmt.indexOf('}', i);
            const digits = close < 0 ? '' : fmt.slice(i + 1, close);
            if (!/^[0-9]+$/.test(digits) || Number(digits) >= args.length)
                throw new Error(`invalid format string: ${fmt}`);
            out += toStr(args[Number(digits)]);
            i = close + 1;
        }
        else if (c === '}') {
            throw new Error(`invalid format string: ${fmt}`);
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}
const FUNCTIONS = new Map([
    [
        'contains',
        ([search, item]) => Array.isArray(search)
            ? search.some((x) => order(item, x) === 0)
            : isPrimitive(search) && isPrimitive(item) && toStr(search).toUpperCase().includes(toStr(item).toUpperCase()),
    ],
    ['startswith', ([s, v]) => isPrimitive(s) && isPrimitive(v) && toStr(s).toUpperCase().startsWith(toStr(v).toUpperCase())],
    ['endswith', ([s, v]) => isPrimitive(s) && isPrimitive(v) && toStr(s).toUpperCase().endsWith(toStr(v).toUpperCase())],
    ['format', ([fmt, ...rest]) => format(toStr(fmt), rest)],
    [
        'join',
        (args) => {
            const [items, sep] = args;
            if (isPrimitive(items))
                return toStr(items);
            if (!Array.isArray(items))
                return '';
            return items.map(toStr).join(args.length > 1 && isPrimitive(sep) ? toStr(sep) : ',');
        },
    ],
    ['tojson', ([v]) => JSON.stringify(v ?? null, null, 2)],
    ['fromjson', ([v]) => JSON.parse(toStr(v))],
]);
function evaluate(node, env) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'context':
            if (node.name === 'matrix' && env.matrix)
                return env.matrix;
            return env.contexts && Object.hasOwn(env.contexts, node.name) ? env.contexts[node.name] : UNKNOWN;
        case 'index': {
            const obj = evaluate(node.object, env);
            const key = evaluate(node.index, env);
            if (obj instanceof Unknown || key instanceof Unknown)
                return UNKNOWN;
            if (Array.isArray(obj) && filteredArrays.has(obj)) {
                return filtered(obj.map((item) => member(item, key)).filter((v) => v !== undefined));
            }
            // GitHub yields null for a missing property rather than failing.
            return member(obj, key) ?? null;
        }
        case 'filter': {
            const obj = evaluate(node.object, env);
            if (obj instanceof Unknown)
                return UNKNOWN;
            // flatMap copies, so marking the result never marks an array owned by the caller's matrix.
            return filtered((Array.isArray(obj) && filteredArrays.has(obj) ? obj : [obj]).flatMap(children));
        }
        case 'not': {
            const t = truthiness(evaluate(node.operand, env));
            return t === undefined ? UNKNOWN : !t;
        }
        case 'compare': {
            const l = evaluate(node.left, env);
            const r = evaluate(node.right, env);
            return l instanceof Unknown || r instanceof Unknown ? UNKNOWN : COMPARE[node.op](order(l, r));
        }
        case 'logical': {
            // `&&` yields the first falsy operand (else the last), `||` the first truthy one (else the last).
            // Once an operand of unknown truthiness has been passed, only the truthiness stays knowable.
            const stopAt = node.op === '||';
            let uncertain = false;
            let value;
            for (const arg of node.args) {
                value = evaluate(arg, env);
                const t = truthiness(value);
                if (t === stopAt)
                    return uncertain ? new Unknown(stopAt) : value;
                if (t === undefined)
                    uncertain = true;
            }
            return uncertain ? UNKNOWN : value;
        }
        case 'call': {
            if (node.name === 'always')
                return true;
            if (env.status && (node.name === 'success' || node.name === 'failure' || node.name === 'cancelled')) {
                return env.status[node.name] ?? UNKNOWN;
            }
            const args = node.args.map((arg) => evaluate(arg, env));
            const fn = FUNCTIONS.get(node.name);
            if (!fn || args.some((a) => a instanceof Unknown))
                return UNKNOWN;
            try {
                return fn(args);
            }
            catch {
                // A bad format string or invalid JSON fails the run; there is no constant value to report.
                return UNKNOWN;
            }
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Templates and analysis
function scanSpans(text) {
    const spans = [];
    for (let from = 0;;) {
        const start = text.indexOf('${{', from);
        if (start < 0)
            return { spans };
        // Like GitHub, a `}}` inside a single-quoted string does not close the expression.
        let inString = false;
        let end = -1;
        for (let i = start + 3; i < text.length && end < 0; i++) {
            if (text[i] === "'")
                inString = !inString;
            else if (!inString && text[i] === '}' && text[i + 1] === '}')
                end = i + 2;
        }
        if (end < 0)
            return { spans, unclosed: start };
        spans.push({ start, end, inner: text.slice(start + 3, end - 2) });
        from = end;
    }
}
/** The `${{ … }}` spans inside a string, with offsets (for later same-length masking of scripts). Unclosed `${{` is skipped. */
function findExpressionSpans(text) {
    return scanSpans(text).spans;
}
function parseAt(src, base) {
    try {
        return parseExpression(src);
    }
    catch (e) {
        throw e instanceof ExpressionError ? new ExpressionError(e.message, e.offset + base) : e;
    }
}
function parseTemplate(text) {
    const { spans, unclosed } = scanSpans(text);
    if (unclosed !== undefined)
        throw new ExpressionError("'${{' is not closed by '}}'", unclosed);
    let literal = '';
    let last = 0;
    for (const span of spans) {
        literal += text.slice(last, span.start);
        last = span.end;
    }
    literal += text.slice(last);
    const nodes = spans.map((s) => parseAt(s.inner, s.start + 3));
    return { nodes, literal, whole: spans.length === 1 && literal === '' };
}
function templateTruthiness(template, env) {
    const values = template.nodes.map((n) => evaluate(n, env));
    if (template.whole)
        return truthiness(values[0]);
    // Mixed text is a string (https://github.com/actions/languageservices, template-reader.ts parseScalar),
    // so `if: ${{ a }} == 'b'` is always true.
    if (template.literal !== '' || values.some((v) => !(v instanceof Unknown) && toStr(v) !== ''))
        return true;
    return values.some((v) => v instanceof Unknown) ? undefined : false;
}
function contextPath(node) {
    if (node.kind === 'context')
        return node.name;
    if (node.kind === 'filter') {
        const base = contextPath(node.object);
        return base === undefined ? undefined : `${base}.*`;
    }
    if (node.kind !== 'index' || node.index.kind !== 'literal')
        return undefined;
    const key = node.index.value;
    const base = contextPath(node.object);
    if (base === undefined || (typeof key !== 'string' && typeof key !== 'number'))
        return undefined;
    return `${base}.${String(key).toLowerCase()}`;
}
function childNodes(node) {
    switch (node.kind) {
        case 'call':
        case 'logical':
            return node.args;
        case 'index':
            return [node.object, node.index];
        case 'filter':
            return [node.object];
        case 'not':
            return [node.operand];
        case 'compare':
            return [node.left, node.right];
        default:
            return [];
    }
}
function collect(node, analysis, contexts) {
    const path = contextPath(node);
    if (path !== undefined) {
        contexts.add(path);
        return;
    }
    if (node.kind === 'call' && STATUS_FUNCTIONS.has(node.name))
        analysis.statusFunctions.add(node.name);
    for (const child of childNodes(node))
        collect(child, analysis, contexts);
}
/**
 * Analyse an `if:` value as it appears in YAML. `constant` describes the condition as written, with
 * always() true and the other status functions unknown. When `statusFunctions` is empty GitHub
 * additionally requires success() (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions),
 * which can only turn a constant true into "runs unless something failed". An empty or null `if:`
 * means no condition: constant undefined, no status functions.
 */
function analyzeCondition(value, opts = {}) {
    const analysis = { constant: undefined, statusFunctions: new Set(), contexts: [] };
    if (typeof value === 'boolean' || typeof value === 'number') {
        analysis.constant = truthiness(value);
        return analysis;
    }
    if (typeof value !== 'string' || value.trim() === '')
        return analysis;
    try {
        // GitHub parses an `if:` as an expression even without `${{ }}`.
        const template = value.includes('${{') ? parseTemplate(value) : { nodes: [parseAt(value, 0)], literal: '', whole: true };
        const contexts = new Set();
        template.nodes.forEach((node) => collect(node, analysis, contexts));
        analysis.contexts = [...contexts];
        analysis.constant = templateTruthiness(template, opts);
    }
    catch (e) {
        analysis.error = { message: e.message, offset: e instanceof ExpressionError ? e.offset : 0 };
    }
    return analysis;
}
/**
 * Truthiness of an expression-valued YAML scalar (e.g. `continue-on-error: ${{ matrix.experimental }}`)
 * under optional known matrix values; undefined when it depends on runtime contexts or does not parse.
 * Values without `${{` are taken literally, so the string 'false' is a non-empty, truthy string.
 */
function evaluateTruthiness(value, opts = {}) {
    if (typeof value !== 'string' || !value.includes('${{'))
        return truthiness(value);
    try {
        return templateTruthiness(parseTemplate(value), opts);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether an `if:` lets the job or step run in a scenario: true, false, or undefined when it still
 * depends on unknown contexts. Without a status function GitHub evaluates `success() && (…)`, and
 * an absent or empty condition is plain success()
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
 */
function conditionPasses(value, scenario) {
    const { success, failure, cancelled, contexts } = scenario;
    const env = { status: { success, failure, cancelled }, contexts };
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
        return success;
    if (typeof value === 'boolean' || typeof value === 'number')
        return success && truthiness(value);
    if (typeof value !== 'string')
        return undefined;
    try {
        const template = value.includes('${{') ? parseTemplate(value) : { nodes: [parseAt(value, 0)], literal: '', whole: true };
        const statusCalled = new Set();
        template.nodes.forEach((node) => collect(node, { constant: undefined, statusFunctions: statusCalled, contexts: [] }, new Set()));
        const passes = templateTruthiness(template, env);
        if (statusCalled.size > 0)
            return passes;
        return success ? passes : false;
    }
    catch {
        return undefined;
    }
}
/**
 * The value a YAML scalar takes once its `${{ }}` parts are substituted under known matrix values
 * (e.g. `runs-on: ${{ matrix.os }}`): a string, or undefined when a part depends on run-time contexts.
 * A value that is one whole expression keeps its type (an array stays an array).
 */
function renderValue(value, opts = {}) {
    if (typeof value !== 'string' || !value.includes('${{'))
        return value;
    try {
        const { spans } = scanSpans(value);
        const parts = spans.map((span) => evaluate(parseAt(span.inner, span.start + 3), opts));
        if (parts.some((part) => part instanceof Unknown))
            return undefined;
        if (spans.length === 1 && spans[0].start === 0 && spans[0].end === value.length)
            return parts[0];
        let out = '';
        let last = 0;
        spans.forEach((span, i) => {
            out += value.slice(last, span.start) + toStr(parts[i]);
            last = span.end;
        });
        return out + value.slice(last);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/model/script-inputs.ts
// pytorch/test-infra writes the script after `set -eou pipefail` into a file it runs with bash.
const TEST_INFRA = 'bash -eo pipefail {0}';
// nick-fields/retry spawns the command with Node's `{ shell: 'bash' }`, i.e. `bash -c` without `-e`
// (src/index.ts, runCmd); its forks and wretry.action do the same.
const RETRY = 'bash {0}';
const RETRY_SHELL = { name: 'shell', windows: 'powershell {0}' };
const SCRIPT_INPUTS = [
    { uses: 'pytorch/test-infra/.github/workflows/linux_job.yml', input: 'script', shell: TEST_INFRA },
    { uses: 'pytorch/test-infra/.github/workflows/linux_job_v2.yml', input: 'script', shell: TEST_INFRA },
    { uses: 'pytorch/test-infra/.github/workflows/linux_job_v3.yml', input: 'script', shell: TEST_INFRA },
    { uses: 'pytorch/test-infra/.github/workflows/macos_job.yml', input: 'script', shell: TEST_INFRA },
    { uses: 'pytorch/test-infra/.github/workflows/windows_job.yml', input: 'script', shell: TEST_INFRA },
    { uses: 'nick-fields/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
    { uses: 'nick-invalid/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
    { uses: 'step-security/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
    { uses: 'wandalen/wretry.action', input: 'command', shell: RETRY },
    // Both run the script with `sh` inside the container, without `-e`.
    { uses: 'uraimo/run-on-arch-action', input: 'run', shell: 'sh {0}' },
    { uses: 'addnab/docker-run-action', input: 'run', shell: 'sh {0}' },
];
/** `owner/repo/path@ref` → `owner/repo/path`, lower-cased. */
function usesWithoutRef(uses) {
    const at = uses.indexOf('@');
    return (at === -1 ? uses : uses.slice(0, at)).toLowerCase();
}
/** The shell command line an action runs its script input with, given the step's inputs and the runner OS. */
function inputShellLine(entry, inputs, os) {
    if (!entry.shellInput)
        return entry.shell;
    const chosen = inputs.get(entry.shellInput.name)?.value;
    if (typeof chosen === 'string' && !chosen.includes('${{'))
        return `${chosen.trim()} {0}`;
    return os === 'windows' ? entry.shellInput.windows : entry.shell;
}
/** The well-known script input a step or reusable-workflow call passes, if any. */
function scriptInputOf(uses, inputs) {
    if (!uses)
        return undefined;
    const target = usesWithoutRef(uses);
    const entry = SCRIPT_INPUTS.find((candidate) => candidate.uses === target);
    const value = entry && inputs.get(entry.input)?.value;
    return entry && typeof value === 'string' ? { entry, value } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/conditions.ts

/** A job-level `if:` cannot read `matrix`, so it is analysed without one. */
function isConstantFalseJob(job) {
    return job.if !== undefined && analyzeCondition(job.if.value).constant === false;
}
/** A step condition is constant-false when it is false on every leg of the job's matrix. */
function isConstantFalseStep(condition, job) {
    if (condition === undefined)
        return false;
    const legs = job?.matrix?.legs;
    if (!legs)
        return analyzeCondition(condition.value).constant === false;
    return legs.every((matrix) => analyzeCondition(condition.value, { matrix }).constant === false);
}
/**
 * Whether a job still runs when the jobs it needs (all of them, or only `which`) ended with
 * `result`, by evaluating its `if:` rather than pattern-matching it: after a failure, failure() is
 * true; after a skip, success() and failure() are false, so only `always()`-like conditions run —
 * and `always() && !contains(needs.*.result, 'failure')` does not run after a failure. Other
 * dependencies' results and every output stay unknown, and a condition that depends on such
 * run-time values is given the benefit of the doubt.
 */
function runsAfterDependencies(job, result, which) {
    const known = (id) => which === undefined || which.has(id);
    const others = job.needs.some((need) => !known(need.value));
    const needs = Object.fromEntries(job.needs.map((need) => [need.value.toLowerCase(), { result: known(need.value) ? result : RUNTIME_VALUE, outputs: RUNTIME_VALUE }]));
    const passes = conditionPasses(job.if?.value, {
        success: result === 'success' && !others,
        failure: result === 'failure' ? true : others ? undefined : false,
        cancelled: others ? undefined : false,
        contexts: { needs },
    });
    return passes !== false;
}
/**
 * Jobs that never run: constant-false ones, and (to a fixed point) the jobs that need one of them
 * without a condition that lets them run after a skipped dependency. Maps each skipped job to the
 * `needs` entry that skips it (undefined for the constant-false roots).
 */
function skippedJobs(workflow) {
    const skipped = new Map();
    for (const job of workflow.jobs)
        if (isConstantFalseJob(job))
            skipped.set(job.id, undefined);
    let changed = true;
    while (changed) {
        changed = false;
        for (const job of workflow.jobs) {
            const cause = job.needs.find((need) => skipped.has(need.value));
            if (skipped.has(job.id) || !cause)
                continue;
            const skippedNeeds = new Set(job.needs.map((need) => need.value).filter((id) => skipped.has(id)));
            if (!runsAfterDependencies(job, 'skipped', skippedNeeds)) {
                skipped.set(job.id, cause);
                changed = true;
            }
        }
    }
    return skipped;
}

;// CONCATENATED MODULE: ./src/rules/aggregator.ts



/** Commands that only report or decide the job's own exit: what an "all green" gate job runs. */
const GATE_COMMANDS = new Set(['echo', 'printf', 'exit', 'true', 'false', ':', '[', '[[', 'test', 'jq']);
/** Actions whose whole purpose is to turn the results of `needs` into the job's result. */
const GATE_ACTIONS = new Set(['re-actors/alls-green']);
const GATE_NAME = /\b(all|gate|status|success|required|green|ci|done|pass(ed)?|checks?|result|conclusion|final|complete)\b/i;
const failsOnItsOwn = ([command, code]) => (command === 'exit' && code !== undefined && code !== '0') || command === 'false';
/**
 * An aggregator ("all green") job needs other jobs and does nothing but report on them — it exists
 * so that branch protection can require one check instead of many. A job that computes outputs
 * for later jobs, or fails by itself without looking at its dependencies ("Fail if the pull request
 * is blocked"), is something else.
 */
function isAggregator(job) {
    if (job.needs.length === 0 || job.uses || job.hasOutputs || job.steps.length === 0)
        return false;
    // A gate runs when everything passed; `if: failure()` jobs are notifiers, not gates.
    if (!runsAfterDependencies(job, 'success'))
        return false;
    const onlyGates = job.steps.every((step) => {
        if (step.uses)
            return GATE_ACTIONS.has(usesWithoutRef(step.uses.value));
        return step.commands.length > 0 && step.commands.every(([command]) => GATE_COMMANDS.has(command));
    });
    if (!onlyGates)
        return false;
    const decidesAlone = job.steps.some((step) => step.commands.some(failsOnItsOwn) && !readsNeedsResults([step.if?.value], step.expressions));
    if (decidesAlone)
        return false;
    const title = `${job.id} ${job.name ?? ''}`.replace(/[_-]/g, ' ');
    return job.needs.length >= 2 || GATE_NAME.test(title);
}
const isResultRead = (context) => context === 'needs' || (context.startsWith('needs.') && (context.endsWith('.result') || context.split('.').length === 2));
/**
 * Whether the job looks at the results of its dependencies: `needs.<id>.result`, `needs.*.result`,
 * or the whole `needs` object passed on (`toJSON(needs)` to a checker such as alls-green).
 */
function consumesNeedsResults(job) {
    return readsNeedsResults([job.if?.value, ...job.steps.map((step) => step.if?.value)], job.expressions);
}
function readsNeedsResults(conditions, expressions) {
    const contexts = [
        ...conditions.filter((value) => value !== undefined).flatMap((value) => analyzeCondition(value).contexts),
        ...expressions.flatMap((inner) => analyzeCondition(`\${{ ${inner} }}`).contexts),
    ];
    return contexts.some(isResultRead);
}

;// CONCATENATED MODULE: ./src/model/classify.ts

const KIND_LABEL = {
    test: 'test',
    build: 'build',
    lint: 'lint/type-check',
    deploy: 'deploy/publish',
    setup: 'setup/install',
    cleanup: 'cleanup',
    telemetry: 'telemetry/upload/notify',
    unknown: 'unclassified',
};
/**
 * Most severe first. 'unknown' sits above setup: a step we cannot read may well be the one that
 * runs the tests, whereas a known setup, cleanup or reporting step cannot hide a wrong verdict.
 */
const KIND_SEVERITY_ORDER = ['test', 'build', 'lint', 'deploy', 'unknown', 'setup', 'cleanup', 'telemetry'];
function classify_mostSevereKind(kinds) {
    let best = 'unknown';
    let bestRank = Infinity;
    for (const kind of kinds) {
        const rank = KIND_SEVERITY_ORDER.indexOf(kind);
        if (rank < bestRank)
            [best, bestRank] = [kind, rank];
    }
    return best;
}
/** A long list of options or names, written space-separated so that it stays readable. */
function list(...lines) {
    return lines.join(' ').split(' ');
}
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
function apply(rule, args) {
    return typeof rule === 'function' ? rule(args) : rule;
}
function isOption(word) {
    return word.length > 1 && word.startsWith('-');
}
function takesValue(option, values) {
    return values instanceof RegExp ? values.test(option) : values.includes(option);
}
/** Index of the first word after the leading options and `skip` positional words; `--` ends the options. */
function commandStart(args, values = [], skip = 0) {
    let remaining = skip;
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        if (word === '--')
            return Math.min(i + 1 + remaining, args.length);
        if (isOption(word)) {
            if (takesValue(word, values))
                i++;
        }
        else if (remaining-- === 0) {
            return i;
        }
    }
    return args.length;
}
function positionals(args, values = []) {
    const found = [];
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        if (word === '--')
            return [...found, ...args.slice(i + 1)];
        if (!isOption(word))
            found.push(word);
        else if (takesValue(word, values))
            i++;
    }
    return found;
}
/** Words after any of `flags` up to the next option, split on commas: `tox -e py,lint`, `nox -s lint tests`. */
function optionValues(args, flags) {
    const values = [];
    let collecting = false;
    for (const word of args) {
        if (isOption(word))
            collecting = flags.includes(word);
        else if (collecting)
            values.push(...word.split(',').filter(Boolean));
    }
    return values;
}
/** A command whose first positional word picks what it does: `cargo test`, `docker push`. */
function sub(table, { values = [], otherwise = 'unknown', bare = 'unknown' } = {}) {
    return (args) => {
        const i = commandStart(args, values);
        if (i >= args.length)
            return apply(bare, args);
        const rule = own(table, args[i].toLowerCase());
        return rule === undefined ? apply(otherwise, args.slice(i)) : apply(rule, args.slice(i + 1));
    };
}
/** A wrapper or interpreter: what it runs decides (`sudo pytest`, `bash ci/test.sh`, `python -m pytest`). */
function runner({ values = [], inline, skip = 0, script = false, bare = null } = {}) {
    return (args) => {
        const start = commandStart(args, values, skip);
        if (inline && args.slice(0, start).some((word) => inline.test(word)))
            return 'unknown';
        return start < args.length ? classifyArgv(args.slice(start), script) : bare;
    };
}
/** Several targets or tasks in one command (`make lint test`, `gradle clean build`): the most severe counts. */
function targets(classify, values = [], bare = 'unknown') {
    return (args) => {
        // `VAR=value` overrides and the bare numbers of `make -j 8` are not targets.
        const kinds = positionals(args, values)
            .filter((word) => !word.includes('=') && !/^\d+$/.test(word))
            .map(classify);
        return kinds.length > 0 ? classify_mostSevereKind(kinds) : bare;
    };
}
function whenFlag(flags, kind, otherwise = 'unknown') {
    const matches = (arg) => flags.some((flag) => arg === flag || (flag.startsWith('--') && arg.startsWith(`${flag}=`)));
    return (args) => (args.some(matches) ? kind : otherwise);
}
/** Tools driven by inline code (`julia -e 'Pkg.test()'`, `Rscript -e 'devtools::test()'`): the first matching pattern decides. */
function codePatterns(patterns) {
    return (args) => {
        const code = args.join(' ');
        return patterns.find(([pattern]) => pattern.test(code))?.[1] ?? 'unknown';
    };
}
/**
 * Copies into a bucket are uploads — in CI overwhelmingly artifacts, logs and reports, so they
 * count as telemetry; a static site pushed this way is indistinguishable and is graded the same.
 * Copies out of a bucket are downloads, i.e. setup.
 */
function transfer(scheme, values = []) {
    return (args) => {
        const [source, destination] = positionals(args, values);
        return source?.startsWith(scheme) && !destination?.startsWith(scheme) ? 'setup' : 'telemetry';
    };
}
// ---------------------------------------------------------------------------------------------
// Vocabulary of script names, make/tox/rake targets, action names and step names.
/**
 * Words that say what a script, target or step is for. A word that is also a tool name in
 * COMMANDS (pytest, eslint, codecov) counts too when the tool alone decides its kind.
 */
const WORDS = {
    test: 'test',
    tests: 'test',
    testing: 'test',
    spec: 'test',
    specs: 'test',
    e2e: 'test',
    unit: 'test',
    unittest: 'test',
    unittests: 'test',
    integration: 'test',
    smoke: 'test',
    runtests: 'test',
    // "Verify the release candidate" checks it; it does not publish it.
    verify: 'test',
    verification: 'test',
    build: 'build',
    builds: 'build',
    compile: 'build',
    dist: 'build',
    package: 'build',
    pack: 'build',
    wheel: 'build',
    wheels: 'build',
    sdist: 'build',
    docs: 'build',
    doc: 'build',
    lint: 'lint',
    lints: 'lint',
    linter: 'lint',
    // "check" alone says too little ("Check that the docker daemon is running"); `make check` is handled by makeTarget.
    typecheck: 'lint',
    type: 'lint',
    types: 'lint',
    typing: 'lint',
    tsc: 'lint',
    style: 'lint',
    audit: 'lint',
    analyze: 'lint',
    analyse: 'lint',
    clippy: 'lint',
    deploy: 'deploy',
    publish: 'deploy',
    release: 'deploy',
    push: 'deploy',
    ship: 'deploy',
    setup: 'setup',
    install: 'setup',
    bootstrap: 'setup',
    deps: 'setup',
    dependency: 'setup',
    dependencies: 'setup',
    checkout: 'setup',
    cache: 'setup',
    download: 'setup',
    fetch: 'setup',
    restore: 'setup',
    init: 'setup',
    // In names, configure means credentials or tools ("Configure AWS credentials"); `./configure` itself is a build (COMMANDS).
    configure: 'setup',
    provision: 'setup',
    login: 'setup',
    auth: 'setup',
    clean: 'cleanup',
    cleanup: 'cleanup',
    teardown: 'cleanup',
    purge: 'cleanup',
    prune: 'cleanup',
    upload: 'telemetry',
    notify: 'telemetry',
    notification: 'telemetry',
    report: 'telemetry',
    reports: 'telemetry',
    comment: 'telemetry',
    slack: 'telemetry',
    stats: 'telemetry',
    summary: 'telemetry',
    summarize: 'telemetry',
    collect: 'telemetry',
    summarise: 'telemetry',
    coverage: 'telemetry',
    // Diagnostics: printing what happened ("Show test logs", "Dump logs").
    log: 'telemetry',
    logs: 'telemetry',
    print: 'telemetry',
    show: 'telemetry',
    dump: 'telemetry',
    display: 'telemetry',
    // Saving a cache or stash for the next run: a failure costs a miss later, not a wrong result now.
    save: 'telemetry',
    stash: 'setup',
    ccache: 'setup',
    sccache: 'setup',
    telemetry: 'telemetry',
    metrics: 'telemetry',
    // Benchmarks measure; they do not assert correctness (the audit's "informational-only").
    bench: 'telemetry',
    benchmark: 'telemetry',
    benchmarks: 'telemetry',
};
/** Two-word spellings of one word in step names ("Set up Python", "Check out code"). */
const PHRASES = {
    'set up': 'setup',
    'clean up': 'cleanup',
    'tear down': 'teardown',
    'check out': 'checkout',
    'type check': 'typecheck',
};
/**
 * Kinds that describe something done *to* what follows: upload-test-results uploads, it does not
 * test, and setup-test-env prepares. When such a word leads, it wins over the words after it.
 */
const PERIPHERAL_KINDS = new Set(['setup', 'cleanup', 'telemetry', 'deploy']);
function words(text) {
    const split = text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    const merged = [];
    for (const word of split) {
        const phrase = merged.length > 0 ? own(PHRASES, `${merged.at(-1)} ${word}`) : undefined;
        if (phrase === undefined)
            merged.push(word);
        else
            merged[merged.length - 1] = phrase;
    }
    return merged;
}
function wordKind(word) {
    const listed = own(WORDS, word);
    if (listed !== undefined)
        return listed;
    const rule = ruleFor(word);
    // Only tools whose name alone decides: `make` or `black` without arguments say too little.
    return typeof rule === 'string' && rule !== 'unknown' ? rule : null;
}
/** Kind of a name made of words: `test:unit`, `run_tests.sh`, `setup-linux`, "Build wheels". */
function scriptKind(text) {
    const kinds = words(text)
        .map(wordKind)
        .filter((kind) => kind !== null);
    const [first] = kinds;
    if (first === undefined)
        return null;
    if (PERIPHERAL_KINDS.has(first))
        return first;
    // Reporting words describe what is done with the tests' output wherever they stand:
    // "Merge integration test coverage", "Test summary".
    return kinds.includes('telemetry') ? 'telemetry' : classify_mostSevereKind(kinds);
}
/** A package script or task named "check" (`npm run check`, `format:check`) is a lint; in step names the word says too little. */
function taskKind(task) {
    return scriptKind(task) ?? (words(task).some((word) => word === 'check' || word === 'checks') ? 'lint' : 'unknown');
}
/** `make check` is the autotools test target and `make install` still compiles, so make's own conventions come first. */
function makeTarget(target) {
    if (/test|check/i.test(target))
        return 'test';
    if (/^install/i.test(target))
        return 'build';
    return scriptKind(target) ?? 'build';
}
const GRADLE_TASKS = [
    [/lint|detekt|ktlint|spotless|checkstyle|pmd|spotbugs|apicheck/i, 'lint'],
    [/test|check/i, 'test'],
    [/^publishToMavenLocal$/i, 'build'],
    [/^(publish|upload|deploy)/i, 'deploy'],
    [/^clean/i, 'cleanup'],
];
function gradleTask(task) {
    const name = task.split(':').pop();
    return GRADLE_TASKS.find(([pattern]) => pattern.test(name))?.[1] ?? 'build';
}
/** `install` and `verify` run the tests too, but follow the phases people name when they mean a build or a test run. */
const MAVEN_PHASES = {
    clean: 'cleanup',
    validate: 'lint',
    compile: 'build',
    'test-compile': 'build',
    test: 'test',
    package: 'build',
    'integration-test': 'test',
    verify: 'test',
    install: 'build',
    deploy: 'deploy',
    site: 'build',
};
function mavenGoal(goal) {
    return own(MAVEN_PHASES, goal) ?? (goal.includes(':') ? scriptKind(goal) : null) ?? 'unknown';
}
// ---------------------------------------------------------------------------------------------
// Rules shared by several commands.
const MAKE_VALUES = ['-C', '--directory', '-f', '--file', '--makefile', '-I', '--include-dir', '-o', '--old-file', '-W', '--what-if'];
const GRADLE_VALUES = list('-x --exclude-task -p --project-dir --tests -b --build-file -c --settings-file -g --gradle-user-home -I', '--init-script --console --warning-mode --max-workers');
const MAVEN_VALUES = list('-pl --projects -f --file -s --settings -gs --global-settings -P --activate-profiles -T --threads -rf', '--resume-from -l --log-file -t --toolchains');
const DOCKER_RUN_VALUES = list('-e --env --env-file -v --volume --mount -w --workdir -u --user --name --network --net -p --publish', '--entrypoint --platform -m --memory --cpus --gpus --shm-size --ipc --pid --cap-add --cap-drop --device -l', '--label -h --hostname --add-host --security-opt --ulimit --pull --runtime --cidfile --log-driver --log-opt', '--tmpfs --dns --group-add --restart --userns --stop-signal --stop-timeout -a --attach');
const S3_COPY_VALUES = list('--acl --exclude --include --content-type --cache-control --storage-class --metadata --expires --sse');
const DOCKER_EXEC_VALUES = ['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys'];
// `-m` needs no special case: it is a flag, and the module after it is classified like a script (`-m pytest`, `-m test`).
const python = runner({ values: ['-W', '-X', '--check-hash-based-pycs'], inline: /^-c/, script: true, bare: 'unknown' });
const shell = runner({
    values: /^(-[a-zA-Z]*o|-O|--rcfile|--init-file)$/,
    inline: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    script: true,
    bare: 'unknown',
});
const powershell = runner({
    values: /^-(executionpolicy|ep|workingdirectory|wd|configurationname|settingsfile|outputformat|of|inputformat|if)$/i,
    inline: /^-(c|command|e|ec|encodedcommand)$/i,
    script: true,
    bare: 'unknown',
});
const NODE_VALUES = ['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions'];
const nodeScript = runner({ values: NODE_VALUES, inline: /^(-e|--eval|-p|--print)$/, script: true, bare: 'unknown' });
/** `node --test` is Node's built-in test runner. */
const node = (args) => (args.slice(0, commandStart(args, NODE_VALUES)).includes('--test') ? 'test' : nodeScript(args));
/** `npm run NAME` only ever runs a package.json script, so its name is all there is to go on. */
function packageScript(values = []) {
    return (args) => {
        const i = commandStart(args, values);
        return i < args.length ? taskKind(args[i]) : null;
    };
}
/**
 * `yarn NAME`, `pnpm NAME`, `hatch run NAME`: a script when its name says what it is, else a tool
 * from node_modules/.bin or the environment.
 */
function scriptOrBinary(values = []) {
    return (args) => {
        const i = commandStart(args, values);
        return i < args.length ? (scriptKind(args[i]) ?? classify_classifyCommand(args.slice(i))) : null;
    };
}
const pip = sub({
    install: 'setup',
    download: 'setup',
    wheel: 'build',
    uninstall: 'cleanup',
    freeze: null,
    list: null,
    show: null,
    debug: null,
    inspect: null,
}, { otherwise: 'setup' });
/** Installing a pinned tool (`go install x/cmd@v1`) is setup; installing the module being built is the build. */
const goInstall = (args) => (args.some((arg) => arg.includes('@')) ? 'setup' : 'build');
const cargo = sub({
    test: 'test',
    t: 'test',
    nextest: 'test',
    bench: 'test',
    miri: sub({ test: 'test', setup: 'setup' }),
    'llvm-cov': 'test',
    tarpaulin: 'test',
    build: 'build',
    b: 'build',
    check: 'build',
    c: 'build',
    doc: 'build',
    clippy: 'lint',
    fmt: whenFlag(['--check'], 'lint'),
    deny: 'lint',
    audit: 'lint',
    machete: 'lint',
    udeps: 'lint',
    'semver-checks': 'lint',
    hack: (args) => cargo(args),
    publish: 'deploy',
    fetch: 'setup',
    install: 'setup',
    binstall: 'setup',
    clean: 'cleanup',
}, { values: ['-Z', '--config', '-C', '--color'] });
/** `cargo +nightly test`: the toolchain selector is not the subcommand. */
const cargoWithToolchain = (args) => cargo(args.filter((arg) => !arg.startsWith('+')));
const packageManager = sub({
    remove: 'cleanup',
    purge: 'cleanup',
    autoremove: 'cleanup',
    autoclean: 'cleanup',
    clean: 'cleanup',
    cleanup: 'cleanup',
    uninstall: 'cleanup',
    erase: 'cleanup',
    del: 'cleanup',
}, { values: ['-o', '--option', '-c', '--config-file', '-t', '--target-release'], otherwise: 'setup', bare: 'setup' });
const conda = sub({
    run: runner({ values: ['-n', '--name', '-p', '--prefix', '--cwd'] }),
    clean: 'cleanup',
    remove: 'cleanup',
    uninstall: 'cleanup',
    build: 'build',
}, { otherwise: 'setup', bare: 'setup' });
const tsc = whenFlag(['--noEmit'], 'lint', 'build');
/** `docker run IMAGE CMD` runs CMD; without CMD, the image's entrypoint runs and we cannot tell what it does. */
const dockerRun = runner({ values: DOCKER_RUN_VALUES, skip: 1, bare: 'unknown' });
const dockerExec = runner({ values: DOCKER_EXEC_VALUES, skip: 1, bare: 'unknown' });
const compose = sub({
    build: 'build',
    pull: 'setup',
    create: 'setup',
    run: dockerRun,
    exec: dockerExec,
    down: 'cleanup',
    rm: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    logs: null,
    ps: null,
}, { values: ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'] });
const docker = sub({
    build: 'build',
    buildx: sub({ build: 'build', bake: 'build', create: 'setup', use: 'setup', inspect: null, rm: 'cleanup', prune: 'cleanup' }),
    image: sub({ build: 'build', push: 'deploy', pull: 'setup', rm: 'cleanup', prune: 'cleanup', ls: null, inspect: null }),
    container: sub({
        run: dockerRun,
        exec: dockerExec,
        rm: 'cleanup',
        stop: 'cleanup',
        kill: 'cleanup',
        prune: 'cleanup',
        ls: null,
        logs: null,
        inspect: null,
    }),
    system: sub({ prune: 'cleanup', df: null, info: null }),
    volume: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    network: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    builder: sub({ prune: 'cleanup' }),
    manifest: sub({ create: 'build', push: 'deploy' }),
    compose,
    run: dockerRun,
    exec: dockerExec,
    push: 'deploy',
    pull: 'setup',
    login: 'setup',
    load: 'setup',
    tag: 'build',
    logout: 'cleanup',
    rm: 'cleanup',
    rmi: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    ps: null,
    images: null,
    info: null,
    logs: null,
    inspect: null,
}, { values: ['-H', '--host', '-c', '--context', '--config', '-l', '--log-level'] });
const terraform = sub({
    init: 'setup',
    workspace: 'setup',
    get: 'setup',
    providers: 'setup',
    // A plan is a dry run that fails on invalid configuration: a check, not a change.
    plan: 'lint',
    validate: 'lint',
    fmt: whenFlag(['-check', '--check'], 'lint'),
    apply: 'deploy',
    import: 'deploy',
    destroy: 'cleanup',
});
const make = targets(makeTarget, MAKE_VALUES, 'build');
const gradle = targets(gradleTask, GRADLE_VALUES, 'build');
const mavenGoals = targets(mavenGoal, MAVEN_VALUES);
/** `-DskipTests` turns a test phase into a plain build. */
const maven = (args) => {
    const kind = mavenGoals(args);
    return kind === 'test' && args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg)) ? 'build' : kind;
};
const bazel = sub({
    test: 'test',
    coverage: 'test',
    build: 'build',
    fetch: 'setup',
    sync: 'setup',
    clean: 'cleanup',
    query: null,
    cquery: null,
    aquery: null,
    info: null,
});
const cmake = (args) => {
    // `cmake -E` is cmake's portable coreutils (copy, make_directory, echo, rm…).
    if (args[0] === '-E')
        return /^(rm|remove|remove_directory)$/.test(args[1] ?? '') ? 'cleanup' : null;
    const kinds = optionValues(args, ['--target', '-t']).map(makeTarget);
    return kinds.length > 0 ? classify_mostSevereKind(kinds) : 'build';
};
const npmExec = runner({ values: ['-p', '--package'], inline: /^(-c|--call)$/ });
const npmScript = packageScript();
const npm = sub({
    test: 'test',
    t: 'test',
    tst: 'test',
    it: 'test',
    cit: 'test',
    'install-test': 'test',
    'install-ci-test': 'test',
    run: npmScript,
    'run-script': npmScript,
    ci: 'setup',
    'clean-install': 'setup',
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    link: 'setup',
    rebuild: 'build',
    pack: 'build',
    audit: 'lint',
    publish: 'deploy',
    exec: npmExec,
    x: npmExec,
    uninstall: 'cleanup',
    prune: 'cleanup',
}, { values: ['--prefix', '-w', '--workspace'] });
const yarnScript = scriptOrBinary();
const yarn = sub({
    install: 'setup',
    add: 'setup',
    up: 'setup',
    upgrade: 'setup',
    set: 'setup',
    config: 'setup',
    plugin: 'setup',
    run: yarnScript,
    test: 'test',
    pack: 'build',
    publish: 'deploy',
    npm: sub({ publish: 'deploy', login: 'setup', audit: 'lint' }),
    dlx: runner({ values: ['-p', '--package'] }),
    exec: runner(),
    remove: 'cleanup',
    // `yarn workspace NAME <command>` and `yarn workspaces foreach [options] <command>` run a yarn command again.
    workspace: (args) => yarn(args.slice(commandStart(args, [], 1))),
    workspaces: sub({
        run: yarnScript,
        foreach: (args) => yarn(args.slice(commandStart(args, ['--from', '--include', '--exclude', '-j', '--jobs', '--since']))),
    }),
}, { values: ['--cwd'], otherwise: yarnScript, bare: 'setup' });
const PNPM_VALUES = list('--filter -F --filter-prod -C --dir --workspace-concurrency --reporter --test-pattern', '--changed-files-ignore-pattern');
const pnpm = sub({
    test: 'test',
    t: 'test',
    run: packageScript(PNPM_VALUES),
    'run-script': packageScript(PNPM_VALUES),
    recursive: (args) => pnpm(args),
    exec: runner(),
    dlx: runner({ values: ['--package'] }),
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    up: 'setup',
    fetch: 'setup',
    setup: 'setup',
    env: 'setup',
    pack: 'build',
    publish: 'deploy',
    remove: 'cleanup',
    prune: 'cleanup',
}, { values: PNPM_VALUES, otherwise: scriptOrBinary() });
const bun = sub({
    test: 'test',
    run: scriptOrBinary(),
    x: runner(),
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    link: 'setup',
    build: 'build',
    publish: 'deploy',
    remove: 'cleanup',
}, { otherwise: scriptOrBinary() });
const uvRun = runner({
    values: list('--with --with-editable --with-requirements --python -p --extra --group --only-group --no-group --package', '--directory --project --env-file --index --index-url --extra-index-url --from'),
});
const uvx = runner({
    values: ['--from', '--with', '--with-editable', '--with-requirements', '--python', '-p', '--index', '--index-url', '--extra-index-url'],
});
const setupPy = sub({
    build: 'build',
    build_ext: 'build',
    build_py: 'build',
    bdist: 'build',
    bdist_wheel: 'build',
    sdist: 'build',
    egg_info: 'build',
    // Both compile extensions and fail like a build does; the install is a side effect.
    develop: 'build',
    install: 'build',
    test: 'test',
    check: 'lint',
    flake8: 'lint',
    upload: 'deploy',
    register: 'deploy',
    clean: 'cleanup',
});
/** `xcodebuild` takes actions as bare words among its `-option value` pairs. */
const xcodebuild = (args) => {
    if (args.includes('test') || args.includes('test-without-building'))
        return 'test';
    return args.includes('analyze') ? 'lint' : 'build';
};
/** `tox -e lint`, `nox -s docs`: the environment or session names say what runs; plain tox runs the test environments. */
function sessions(flags) {
    return (args) => {
        const kinds = optionValues(args, flags).map((name) => scriptKind(name) ?? 'test');
        return kinds.length > 0 ? classify_mostSevereKind(kinds) : 'test';
    };
}
const compilerCache = (args) => {
    if (args.some((arg) => /^(-s|--show-stats|--show-adv-stats)$/.test(arg)))
        return 'telemetry';
    if (args.includes('--stop-server'))
        return 'cleanup';
    const i = commandStart(args, ['-M', '--max-size', '-F', '--max-files', '-o', '--set-config', '-d', '--dir']);
    return i < args.length ? classify_classifyCommand(args.slice(i)) : 'setup';
};
/** `find … -delete` cleans up; `find … -exec CMD {} ;` is CMD; a plain find only lists files. */
const find = (args) => {
    if (args.includes('-delete'))
        return 'cleanup';
    const exec = args.findIndex((arg) => arg === '-exec' || arg === '-execdir');
    if (exec < 0)
        return null;
    const end = args.findIndex((arg, i) => i > exec && (arg === ';' || arg === '\\;' || arg === '+'));
    return classify_classifyCommand(args.slice(exec + 1, end < 0 ? undefined : end));
};
/** `command -v tool` only looks a tool up. */
const command = (args) => args.slice(0, commandStart(args)).some((arg) => arg === '-v' || arg === '-V') ? null : runner()(args);
/** `nix develop -c CMD` runs CMD; without a command it only enters the environment. */
const nixShell = (args) => {
    const i = args.findIndex((arg) => arg === '-c' || arg === '--command');
    return i < 0 ? 'setup' : runner()(args.slice(i + 1));
};
/**
 * curl and wget mostly fetch tools and data (setup). A curl that sends a body or a file is
 * posting a notification or uploading a report (`curl -d … https://hooks.slack.com/…`).
 */
const curl = whenFlag(['-T', '--upload-file', '-F', '--form', '-d', '--data', '--data-binary', '--data-raw', '--data-urlencode', '--json'], 'telemetry', 'setup');
const goreleaserRelease = whenFlag(['--snapshot', '--skip=publish', '--skip-publish'], 'build', 'deploy');
// ---------------------------------------------------------------------------------------------
// The command table, by basename (lower-cased, without .exe/.cmd/.bat and a trailing version).
const COMMANDS = {
    // Wrappers: what they run decides.
    sudo: runner({
        values: list('-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -r --role -t --type -U --other-user -T', '--command-timeout'),
    }),
    doas: runner({ values: ['-u', '-C'] }),
    env: runner({ values: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'] }),
    time: runner({ values: ['-f', '--format', '-o', '--output'] }),
    timeout: runner({ values: ['-s', '--signal', '-k', '--kill-after'], skip: 1 }),
    nice: runner({ values: ['-n', '--adjustment'] }),
    nohup: runner(),
    'xvfb-run': runner({
        values: list('-n --server-num -s --server-args -f --auth-file -e --error-file -p --xauth-protocol -w --wait'),
    }),
    stdbuf: runner({ values: ['-i', '-o', '-e'] }),
    catchsegv: runner(),
    eatmydata: runner(),
    unbuffer: runner(),
    exec: runner({ values: ['-a'] }),
    builtin: runner(),
    command,
    call: runner(),
    xargs: runner({ values: ['-n', '--max-args', '-I', '-P', '--max-procs', '-L', '-d', '--delimiter', '-E', '-s', '-a', '--arg-file'] }),
    nbqa: runner(),
    find,
    npx: npmExec,
    bunx: runner({ values: ['-p', '--package'] }),
    nix: sub({ develop: nixShell, shell: nixShell, build: 'build', flake: sub({ check: 'test' }) }),
    // Interpreters: the script or module they run decides.
    python,
    py: python,
    pypy: python,
    bash: shell,
    sh: shell,
    zsh: shell,
    dash: shell,
    ksh: shell,
    pwsh: powershell,
    powershell,
    node,
    ruby: runner({ values: ['-I', '-r', '-C'], inline: /^-[a-z]*e$/, script: true, bare: 'unknown' }),
    perl: runner({ values: ['-I', '-M'], inline: /^-[a-z]*e$/i, script: true, bare: 'unknown' }),
    php: runner({ values: ['-c', '-d'], inline: /^-r$/, script: true, bare: 'unknown' }),
    deno: sub({
        test: 'test',
        bench: 'test',
        lint: 'lint',
        check: 'lint',
        fmt: whenFlag(['--check'], 'lint'),
        compile: 'build',
        bundle: 'build',
        run: runner({ values: ['-c', '--config', '--import-map', '--lock', '--location', '--seed', '--cert'], script: true, bare: 'unknown' }),
        task: packageScript(),
        install: 'setup',
        cache: 'setup',
        add: 'setup',
        publish: 'deploy',
    }),
    julia: codePatterns([
        [/Pkg\.test|runtests/, 'test'],
        [/Pkg\.build/, 'build'],
        [/Pkg\.(instantiate|add|develop|resolve|update)/, 'setup'],
    ]),
    rscript: codePatterns([
        [/\blint/, 'lint'],
        // A call such as devtools::test() or rcmdcheck(), not install.packages('testthat').
        [/(test|check)\w*\s*\(/, 'test'],
        [/install|deps/, 'setup'],
        [/build|document/, 'build'],
    ]),
    r: sub({ cmd: sub({ check: 'test', build: 'build', install: 'build' }) }),
    // Python project and environment managers.
    pip,
    uv: sub({
        pip,
        run: uvRun,
        tool: sub({ run: uvx, install: 'setup', upgrade: 'setup' }, { otherwise: 'setup' }),
        build: 'build',
        publish: 'deploy',
        cache: sub({ clean: 'cleanup', prune: 'cleanup' }, { otherwise: null }),
    }, { otherwise: 'setup' }),
    uvx,
    pipx: sub({ run: runner({ values: ['--spec', '--python'] }) }, { otherwise: 'setup' }),
    poetry: sub({ run: runner(), build: 'build', publish: 'deploy', check: 'lint', shell: 'unknown' }, { otherwise: 'setup' }),
    pipenv: sub({ run: runner(), check: 'lint' }, { otherwise: 'setup', bare: 'setup' }),
    hatch: sub({ run: scriptOrBinary(), test: 'test', build: 'build', publish: 'deploy', fmt: 'lint', env: 'setup', clean: 'cleanup' }, { values: ['-e', '--env'] }),
    pdm: sub({
        run: scriptOrBinary(),
        install: 'setup',
        sync: 'setup',
        lock: 'setup',
        add: 'setup',
        update: 'setup',
        use: 'setup',
        venv: 'setup',
        build: 'build',
        publish: 'deploy',
    }, { otherwise: scriptOrBinary() }),
    pixi: sub({ run: scriptOrBinary(['-e', '--environment', '--manifest-path']), exec: runner() }, { otherwise: 'setup' }),
    conda,
    mamba: conda,
    micromamba: conda,
    venv: 'setup',
    virtualenv: 'setup',
    ensurepip: 'setup',
    coverage: sub({
        run: runner({
            values: ['--rcfile', '--source', '--include', '--omit', '--data-file', '--concurrency', '--context', '--debug'],
            script: true,
            bare: 'unknown',
        }),
        // A --fail-under threshold gates the build on coverage; otherwise it is a report.
        report: whenFlag(['--fail-under'], 'test', 'telemetry'),
        xml: 'telemetry',
        html: 'telemetry',
        json: 'telemetry',
        lcov: 'telemetry',
        combine: 'telemetry',
        annotate: 'telemetry',
        erase: 'cleanup',
    }),
    'setup.py': setupPy,
    'manage.py': sub({ test: 'test', check: 'lint', migrate: 'setup', collectstatic: 'build' }),
    twine: sub({ upload: 'deploy', register: 'deploy', check: 'lint' }),
    maturin: sub({ build: 'build', develop: 'build', sdist: 'build', publish: 'deploy', upload: 'deploy' }),
    tox: sessions(['-e', '--env']),
    nox: sessions(['-s', '-e', '--session', '--sessions']),
    // JavaScript package managers, runners and build tools.
    npm,
    yarn,
    pnpm,
    bun,
    corepack: 'setup',
    nvm: 'setup',
    tsc,
    'vue-tsc': tsc,
    playwright: sub({ test: 'test', install: 'setup', 'install-deps': 'setup' }),
    cypress: sub({ run: 'test', install: 'setup', verify: 'setup' }),
    vite: sub({ build: 'build' }),
    next: sub({ build: 'build', lint: 'lint' }),
    ng: sub({ test: 'test', e2e: 'test', build: 'build', lint: 'lint' }),
    nyc: sub({ report: 'telemetry', 'check-coverage': 'test' }, { otherwise: runner() }),
    c8: sub({ report: 'telemetry', 'check-coverage': 'test' }, { otherwise: runner() }),
    turbo: targets(taskKind),
    nx: targets(taskKind),
    lerna: targets(taskKind),
    biome: sub({ check: 'lint', lint: 'lint', ci: 'lint', format: 'lint' }),
    dprint: sub({ check: 'lint' }),
    prettier: whenFlag(['--check', '-c', '--list-different', '-l'], 'lint'),
    vercel: sub({ deploy: 'deploy', build: 'build', pull: 'setup', link: 'setup', env: 'setup' }, { otherwise: 'deploy', bare: 'deploy' }),
    netlify: sub({ deploy: 'deploy', build: 'build' }),
    wrangler: sub({ deploy: 'deploy', publish: 'deploy', pages: sub({ deploy: 'deploy', publish: 'deploy' }) }),
    firebase: sub({ deploy: 'deploy' }),
    // Test runners whose name alone says it.
    pytest: 'test',
    'py.test': 'test',
    unittest: 'test',
    nose2: 'test',
    nosetests: 'test',
    stestr: 'test',
    trial: 'test',
    behave: 'test',
    jest: 'test',
    vitest: 'test',
    mocha: 'test',
    jasmine: 'test',
    ava: 'test',
    tap: 'test',
    karma: 'test',
    wdio: 'test',
    testcafe: 'test',
    'cucumber-js': 'test',
    cucumber: 'test',
    gotestsum: 'test',
    ginkgo: 'test',
    ctest: 'test',
    lit: 'test',
    rspec: 'test',
    phpunit: 'test',
    pest: 'test',
    prove: 'test',
    busted: 'test',
    // Linters, formatters in check mode and type checkers.
    ruff: sub({ format: whenFlag(['--check', '--diff'], 'lint') }, { otherwise: 'lint', bare: 'lint' }),
    flake8: 'lint',
    pylint: 'lint',
    mypy: 'lint',
    pyright: 'lint',
    basedpyright: 'lint',
    pytype: 'lint',
    bandit: 'lint',
    vulture: 'lint',
    pydocstyle: 'lint',
    pycodestyle: 'lint',
    pyflakes: 'lint',
    // A formatter in write mode checks nothing by itself (a later `git diff --exit-code` might): only its check mode is lint.
    black: whenFlag(['--check', '--diff'], 'lint'),
    isort: whenFlag(['--check', '--check-only', '-c', '--diff'], 'lint'),
    eslint: 'lint',
    tslint: 'lint',
    stylelint: 'lint',
    oxlint: 'lint',
    xo: 'lint',
    'svelte-check': 'lint',
    commitlint: 'lint',
    rustfmt: whenFlag(['--check'], 'lint'),
    'golangci-lint': 'lint',
    staticcheck: 'lint',
    govulncheck: 'lint',
    revive: 'lint',
    gofmt: whenFlag(['-l', '-d'], 'lint'),
    shellcheck: 'lint',
    shfmt: whenFlag(['-d', '-l'], 'lint'),
    actionlint: 'lint',
    zizmor: 'lint',
    hadolint: 'lint',
    yamllint: 'lint',
    markdownlint: 'lint',
    'markdownlint-cli2': 'lint',
    codespell: 'lint',
    typos: 'lint',
    vale: 'lint',
    lychee: 'lint',
    'pre-commit': sub({ install: 'setup', 'install-hooks': 'setup', autoupdate: 'setup' }, { otherwise: 'lint', bare: 'lint' }),
    lintrunner: sub({ init: 'setup' }, { otherwise: 'lint', bare: 'lint' }),
    'clang-tidy': 'lint',
    'run-clang-tidy': 'lint',
    'clang-format': whenFlag(['--dry-run', '-n'], 'lint'),
    cpplint: 'lint',
    cppcheck: 'lint',
    rubocop: 'lint',
    ktlint: 'lint',
    swiftlint: 'lint',
    semgrep: 'lint',
    checkov: 'lint',
    tflint: 'lint',
    'ansible-lint': 'lint',
    sqlfluff: 'lint',
    'check-manifest': 'lint',
    'editorconfig-checker': 'lint',
    buf: sub({ lint: 'lint', breaking: 'lint', generate: 'build', build: 'build', push: 'deploy' }),
    // Builds.
    make,
    gmake: make,
    nmake: make,
    'mingw32-make': make,
    ninja: targets(makeTarget, ['-C', '-f', '-j', '-k', '-l', '-t', '-d', '-w'], 'build'),
    cmake,
    meson: sub({ test: 'test', compile: 'build', setup: 'build', configure: 'build', install: 'build', dist: 'build' }, { otherwise: 'build' }),
    configure: 'build',
    autoreconf: 'build',
    scons: targets(makeTarget, [], 'build'),
    go: sub({
        test: 'test',
        vet: 'lint',
        build: 'build',
        install: goInstall,
        generate: 'build',
        mod: sub({ verify: 'lint' }, { otherwise: 'setup' }),
        get: 'setup',
        work: 'setup',
        clean: 'cleanup',
        env: null,
        list: null,
    }),
    cargo: cargoWithToolchain,
    cross: cargoWithToolchain,
    'wasm-pack': sub({ test: 'test', build: 'build', publish: 'deploy' }),
    rustup: 'setup',
    gradle,
    gradlew: gradle,
    mvn: maven,
    mvnw: maven,
    mvnd: maven,
    ant: targets(taskKind, ['-f', '-buildfile', '-lib'], 'build'),
    sbt: targets((task) => scriptKind(task) ?? 'build', [], 'build'),
    bazel,
    bazelisk: bazel,
    buck2: sub({ test: 'test', build: 'build', clean: 'cleanup' }),
    buck: sub({ test: 'test', build: 'build', clean: 'cleanup' }),
    pants: targets(taskKind),
    dotnet: sub({
        test: 'test',
        vstest: 'test',
        build: 'build',
        msbuild: 'build',
        // `dotnet publish` lays the app out in a local folder; `dotnet nuget push` is the release.
        publish: 'build',
        pack: 'build',
        restore: 'setup',
        workload: 'setup',
        'dev-certs': 'setup',
        tool: sub({ run: runner() }, { otherwise: 'setup' }),
        format: whenFlag(['--verify-no-changes'], 'lint'),
        nuget: sub({ push: 'deploy' }),
        clean: 'cleanup',
    }),
    msbuild: 'build',
    xcodebuild,
    swift: sub({ test: 'test', build: 'build', package: sub({ resolve: 'setup', update: 'setup', clean: 'cleanup' }) }),
    mix: sub({
        test: 'test',
        compile: 'build',
        'deps.get': 'setup',
        'deps.compile': 'build',
        format: whenFlag(['--check-formatted'], 'lint'),
        credo: 'lint',
        dialyzer: 'lint',
        'hex.publish': 'deploy',
        'local.hex': 'setup',
        'local.rebar': 'setup',
    }),
    flutter: sub({
        test: 'test',
        drive: 'test',
        build: 'build',
        analyze: 'lint',
        format: whenFlag(['--set-exit-if-changed'], 'lint'),
        pub: sub({ get: 'setup', upgrade: 'setup', publish: 'deploy' }),
        precache: 'setup',
        config: 'setup',
    }),
    dart: sub({
        test: 'test',
        analyze: 'lint',
        format: whenFlag(['--set-exit-if-changed'], 'lint'),
        compile: 'build',
        pub: sub({ get: 'setup', upgrade: 'setup', publish: 'deploy' }),
    }),
    bundle: sub({ exec: runner(), install: 'setup', update: 'setup', config: 'setup', lock: 'setup', add: 'setup' }, { bare: 'setup' }),
    rake: targets(taskKind),
    gem: sub({ install: 'setup', build: 'build', push: 'deploy' }),
    composer: sub({
        install: 'setup',
        update: 'setup',
        require: 'setup',
        config: 'setup',
        global: 'setup',
        test: 'test',
        run: packageScript(),
        'run-script': packageScript(),
    }, { otherwise: scriptOrBinary(), bare: 'setup' }),
    artisan: sub({ test: 'test', migrate: 'setup' }),
    just: targets(taskKind),
    task: targets(taskKind),
    invoke: targets(taskKind),
    inv: targets(taskKind),
    grunt: targets(taskKind),
    gulp: targets(taskKind),
    webpack: 'build',
    rollup: 'build',
    esbuild: 'build',
    parcel: 'build',
    'electron-builder': 'build',
    build: 'build',
    'pyproject-build': 'build',
    cibuildwheel: 'build',
    pyinstaller: 'build',
    'sphinx-build': 'build',
    mkdocs: sub({ build: 'build', 'gh-deploy': 'deploy' }),
    hugo: sub({ deploy: 'deploy' }, { otherwise: 'build', bare: 'build' }),
    jekyll: sub({ build: 'build' }),
    gcc: 'build',
    'g++': 'build',
    cc: 'build',
    'c++': 'build',
    clang: 'build',
    'clang++': 'build',
    cl: 'build',
    nvcc: 'build',
    rustc: 'build',
    javac: 'build',
    conan: sub({ install: 'setup', profile: 'setup', remote: 'setup', create: 'build', build: 'build', upload: 'deploy' }),
    vcpkg: 'setup',
    // Containers: the subcommand decides (build, push, run, rm…).
    docker,
    podman: docker,
    'docker-compose': compose,
    // Deploy and publish.
    gh: sub({
        release: sub({ create: 'deploy', upload: 'deploy', edit: 'deploy', delete: 'cleanup', download: 'setup', view: null, list: null }),
        pr: sub({ comment: 'telemetry', review: 'telemetry', edit: 'telemetry', view: null, list: null }),
        issue: sub({ comment: 'telemetry', create: 'telemetry', edit: 'telemetry', view: null, list: null }),
        run: sub({ download: 'setup', view: null, list: null }),
        cache: sub({ delete: 'cleanup' }),
        auth: 'setup',
        extension: 'setup',
    }, { values: ['-R', '--repo'] }),
    goreleaser: sub({ release: goreleaserRelease, build: 'build', check: 'lint' }, { bare: goreleaserRelease }),
    'semantic-release': 'deploy',
    'ghp-import': 'deploy',
    'gh-pages': 'deploy',
    kubectl: sub({
        apply: 'deploy',
        create: 'deploy',
        replace: 'deploy',
        patch: 'deploy',
        rollout: 'deploy',
        set: 'deploy',
        scale: 'deploy',
        delete: 'cleanup',
        config: 'setup',
        exec: runner({ values: ['-c', '--container', '-n', '--namespace'], skip: 1, bare: 'unknown' }),
        get: null,
        describe: null,
        logs: null,
    }, { values: ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server'] }),
    helm: sub({
        upgrade: 'deploy',
        install: 'deploy',
        rollback: 'deploy',
        push: 'deploy',
        uninstall: 'cleanup',
        delete: 'cleanup',
        repo: 'setup',
        dependency: 'setup',
        dep: 'setup',
        registry: 'setup',
        plugin: 'setup',
        lint: 'lint',
        test: 'test',
        package: 'build',
        template: 'build',
    }, { values: ['-n', '--namespace', '--kube-context', '--kubeconfig'] }),
    terraform,
    tofu: terraform,
    terragrunt: terraform,
    serverless: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
    sls: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
    fly: sub({ deploy: 'deploy' }),
    flyctl: sub({ deploy: 'deploy' }),
    'ansible-playbook': 'deploy',
    aws: sub({
        s3: sub({
            cp: transfer('s3://', S3_COPY_VALUES),
            sync: transfer('s3://', S3_COPY_VALUES),
            mv: transfer('s3://'),
            rm: 'cleanup',
            rb: 'cleanup',
            mb: 'setup',
            ls: null,
        }),
        ecr: sub({ 'get-login-password': 'setup', 'get-login': 'setup' }),
        configure: 'setup',
        cloudformation: sub({ deploy: 'deploy', 'create-stack': 'deploy', 'update-stack': 'deploy', 'delete-stack': 'cleanup' }),
        sts: null,
    }, { values: ['--region', '--profile', '--endpoint-url', '--output', '--query'] }),
    gsutil: sub({ cp: transfer('gs://', ['-z', '-j', '-a']), rsync: transfer('gs://'), mv: transfer('gs://'), rm: 'cleanup', ls: null, cat: null }, { values: ['-o', '-h', '-u'] }),
    gcloud: sub({
        storage: sub({ cp: transfer('gs://'), rsync: transfer('gs://'), rm: 'cleanup', ls: null }),
        auth: 'setup',
        config: 'setup',
        components: 'setup',
    }, 
    // `gcloud app deploy`, `gcloud run deploy`, `gcloud functions deploy`, …
    { otherwise: (args) => (args.includes('deploy') ? 'deploy' : 'unknown') }),
    // Setup.
    'apt-get': packageManager,
    apt: packageManager,
    aptitude: packageManager,
    yum: packageManager,
    dnf: packageManager,
    microdnf: packageManager,
    zypper: packageManager,
    pacman: packageManager,
    apk: packageManager,
    brew: packageManager,
    port: packageManager,
    choco: packageManager,
    scoop: packageManager,
    winget: packageManager,
    snap: packageManager,
    'add-apt-repository': 'setup',
    dpkg: 'setup',
    pyenv: 'setup',
    rbenv: 'setup',
    asdf: 'setup',
    mise: sub({ run: scriptOrBinary(), exec: runner(), x: runner() }, { otherwise: 'setup', bare: 'setup' }),
    sdkmanager: 'setup',
    'ssh-keyscan': 'setup',
    'ssh-add': 'setup',
    unzip: 'setup',
    curl,
    wget: 'setup',
    sccache: compilerCache,
    ccache: compilerCache,
    git: sub({
        clone: 'setup',
        fetch: 'setup',
        pull: 'setup',
        checkout: 'setup',
        switch: 'setup',
        submodule: 'setup',
        'sparse-checkout': 'setup',
        config: 'setup',
        remote: 'setup',
        init: 'setup',
        lfs: 'setup',
        worktree: 'setup',
        reset: 'setup',
        apply: 'setup',
        am: 'setup',
        'cherry-pick': 'setup',
        clean: 'cleanup',
        push: 'deploy',
        // `git diff --exit-code` is how CI checks that generated files are up to date.
        diff: whenFlag(['--exit-code', '--quiet'], 'lint', null),
        status: null,
        log: null,
        show: null,
        'rev-parse': null,
        describe: null,
        branch: null,
        'ls-files': null,
        'rev-list': null,
        'merge-base': null,
    }, { values: ['-C', '-c', '--git-dir', '--work-tree', '--namespace'] }),
    // Cleanup.
    rm: 'cleanup',
    rmdir: 'cleanup',
    unlink: 'cleanup',
    del: 'cleanup',
    rd: 'cleanup',
    'remove-item': 'cleanup',
    kill: 'cleanup',
    pkill: 'cleanup',
    killall: 'cleanup',
    taskkill: 'cleanup',
    umount: 'cleanup',
    // Telemetry: coverage uploads, reports and notifications.
    codecov: 'telemetry',
    codecovcli: 'telemetry',
    coveralls: 'telemetry',
    'sentry-cli': 'telemetry',
    'datadog-ci': 'telemetry',
    'buildkite-agent': sub({ artifact: sub({ upload: 'telemetry', download: 'setup' }), annotate: 'telemetry' }),
};
/**
 * Commands that say nothing about what a step is for: shell bookkeeping, file shuffling and
 * printing. A step made only of these is still classified (see classifyStep).
 */
const NO_SIGNAL = new Set(list('echo printf cd pushd popd dirs export unset set shopt source . true false : exit return alias read declare', 'local typeset readonly shift trap ulimit umask hash type mkdir md ls dir tree cat head tail wc tee pwd which', 'where sleep wait test [ [[ cp mv ln touch chmod chown basename dirname realpath readlink stat date printenv', 'whoami hostname uname id df du free nproc lscpu nvidia-smi write-host write-output', 
// PowerShell cmdlets that only print, navigate or load modules.
'get-childitem get-content get-location get-command get-process get-item write-verbose write-information', 'set-location push-location pop-location import-module out-host format-table format-list select-object'));
/** Lone arguments that only print the tool's version or help (`python --version`, `go version`). */
const PROBES = new Set(['--version', '-version', 'version', '-V', '--help', '-h', 'help']);
function commandName(word) {
    return word
        .split(/[\\/]/)
        .pop()
        .toLowerCase()
        .replace(/(?<=.)@.*$/, '')
        .replace(/\.(exe|cmd|bat|com)$/, '');
}
/** A rule by exact name, else without a trailing version (`python3.12`, `pip3`, `clang-tidy-17`). */
function ruleFor(name) {
    return own(COMMANDS, name) ?? own(COMMANDS, name.replace(/[-_.]?\d+(\.\d+)*$/, ''));
}
/** A whole word that is a variable expansion, or a `${{ }}` expression masked before parsing. */
const RUNTIME_WORD = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|_x*_)$/;
function classifyArgv(argv, script) {
    const start = argv.findIndex((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    if (start < 0)
        return null;
    const word = argv[start];
    const args = argv.slice(start + 1);
    if (args.length === 1 && PROBES.has(args[0]))
        return null;
    // `${CONDA_RUN} pytest`, `$SUDO make test`, `${{ matrix.runner }} npm test` (masked to `_xxx_`):
    // a command word chosen at run time is a wrapper, so what follows it says what runs.
    if (RUNTIME_WORD.test(word) && args.length > 0)
        return classifyArgv(args, script);
    const name = commandName(word);
    // `./test` or `bash test` is a project script, not the `test` builtin.
    if (!script && !/[\\/]/.test(word) && NO_SIGNAL.has(name))
        return null;
    const rule = ruleFor(name);
    if (rule !== undefined)
        return apply(rule, args);
    // Project scripts and tools we do not list usually name their purpose: run_tests.sh, upload-coverage.
    return scriptKind(word.split(/[\\/]/).pop()) ?? 'unknown';
}
/**
 * Classify one simple shell command given as its words (argv[0] is the command, already unquoted),
 * e.g. ['python', '-m', 'pytest', '-x'] → 'test'. Returns null for commands that carry no signal
 * (echo, cd, export, mkdir, cat, test/[ …); 'unknown' for a command we cannot place.
 */
function classify_classifyCommand(argv) {
    return classifyArgv(argv, false);
}
/** Actions by `owner/repo` or `owner/repo/path`, lower-cased. Anything else is classified by the words of its last path segment. */
const ACTIONS = {
    'actions/checkout': 'setup',
    'actions/cache': 'setup',
    'actions/cache/restore': 'setup',
    // Saving a cache uploads state for the next run: a failure costs a cache miss later, never a wrong result now.
    'actions/cache/save': 'telemetry',
    'actions/download-artifact': 'setup',
    'actions/upload-artifact': 'telemetry',
    // The payload of a Pages deployment: if it is missing, the site silently stays stale.
    'actions/upload-pages-artifact': 'deploy',
    'actions/deploy-pages': 'deploy',
    'actions/configure-pages': 'setup',
    'actions/create-release': 'deploy',
    'actions/upload-release-asset': 'deploy',
    'softprops/action-gh-release': 'deploy',
    'ncipollo/release-action': 'deploy',
    'peaceiris/actions-gh-pages': 'deploy',
    'jamesives/github-pages-deploy-action': 'deploy',
    'pypa/gh-action-pypi-publish': 'deploy',
    'goreleaser/goreleaser-action': 'deploy',
    'docker/build-push-action': 'build',
    'docker/bake-action': 'build',
    'pypa/cibuildwheel': 'build',
    'github/codeql-action/autobuild': 'build',
    'github/codeql-action/analyze': 'lint',
    'pre-commit/action': 'lint',
    'golangci/golangci-lint-action': 'lint',
    'github/super-linter': 'lint',
    'super-linter/super-linter': 'lint',
    'cypress-io/github-action': 'test',
    'docker/login-action': 'setup',
    'docker/metadata-action': 'setup',
    'aws-actions/configure-aws-credentials': 'setup',
    'aws-actions/amazon-ecr-login': 'setup',
    'azure/login': 'setup',
    'google-github-actions/auth': 'setup',
    'dtolnay/rust-toolchain': 'setup',
    'swatinem/rust-cache': 'setup',
    'actions-rs/toolchain': 'setup',
    'mamba-org/provision-with-micromamba': 'setup',
    'ilammy/msvc-dev-cmd': 'setup',
    'step-security/harden-runner': 'setup',
    'github/codeql-action/init': 'setup',
    'jlumbroso/free-disk-space': 'cleanup',
    'codecov/codecov-action': 'telemetry',
    'codecov/test-results-action': 'telemetry',
    'coverallsapp/github-action': 'telemetry',
    'slackapi/slack-github-action': 'telemetry',
    '8398a7/action-slack': 'telemetry',
    'rtcamp/action-slack-notify': 'telemetry',
    'github/codeql-action/upload-sarif': 'telemetry',
    'enricomi/publish-unit-test-result-action': 'telemetry',
    // Reporters publish a check run from results the test step already produced.
    'dorny/test-reporter': 'telemetry',
    'mikepenz/action-junit-report': 'telemetry',
    'marocchino/sticky-pull-request-comment': 'telemetry',
};
/**
 * Classify a `uses:` reference ('actions/upload-artifact@v4', './.github/actions/setup-linux',
 * 'docker://alpine'). The `@ref` and case are ignored.
 */
function classifyUses(uses) {
    const reference = uses.trim().toLowerCase();
    if (reference.startsWith('docker://')) {
        // docker://rhysd/actionlint:1.7 runs actionlint.
        const image = reference
            .slice('docker://'.length)
            .split('/')
            .pop()
            .replace(/[:@].*$/, '');
        return scriptKind(image) ?? 'unknown';
    }
    const path = usesWithoutRef(reference).replace(/\/+$/, '');
    const segments = path.split('/');
    const listed = own(ACTIONS, path) ?? own(ACTIONS, segments.slice(0, 2).join('/'));
    if (listed !== undefined)
        return listed;
    // An action that runs a script we were not shown could be running anything.
    if (SCRIPT_INPUTS.some((entry) => entry.uses === path))
        return 'unknown';
    return actionNameKind(segments.pop()) ?? 'unknown';
}
/**
 * Action directories are usually named noun-first (pytest-cache-download, diskspace-cleanup,
 * ecr-login), so a peripheral word anywhere in the name says what the action does.
 */
function actionNameKind(name) {
    const kinds = words(name)
        .map(wordKind)
        .filter((kind) => kind !== null);
    return kinds.find((kind) => PERIPHERAL_KINDS.has(kind)) ?? (kinds.length > 0 ? classify_mostSevereKind(kinds) : null);
}
/** Fallback from a step's or job's display name ('Run unit tests' → test, 'Upload coverage' → telemetry); null if nothing matches. */
function classifyName(name) {
    return scriptKind(name);
}
/**
 * A step's kind: from its `uses` if any — except that a well-known action that runs a script
 * (SCRIPT_INPUTS) is classified by that script when its commands are given — else from its
 * commands, the most severe non-null one. A script made only of no-signal commands (echo, mkdir,
 * export, `cat log`) is 'setup': it can only prepare or print, and its name is not consulted,
 * because "Show test logs" would otherwise make `cat test.log` a test. The name is the fallback
 * only when uses/commands give 'unknown' or there is nothing else.
 */
function classifyStep(input) {
    const { uses, commands = [], name } = input;
    const runsGivenScript = uses !== undefined && commands.length > 0 && SCRIPT_INPUTS.some((entry) => entry.uses === usesWithoutRef(uses));
    let kind = 'unknown';
    let onlyNoSignal = false;
    if (uses !== undefined && !runsGivenScript) {
        kind = classifyUses(uses);
    }
    else if (commands.length > 0) {
        const kinds = commands.map(classify_classifyCommand).filter((verdict) => verdict !== null);
        onlyNoSignal = kinds.length === 0;
        kind = onlyNoSignal ? 'setup' : classify_mostSevereKind(kinds);
    }
    if (name === undefined || onlyNoSignal)
        return kind;
    const named = classifyName(name);
    // A step called "Run tests" that only installs is still the check its author meant: in a
    // compatibility job, `pip install -e .` succeeding *is* the test.
    if (named !== null && CHECK_KINDS.has(named) && (kind === 'unknown' || kind === 'setup'))
        return named;
    return kind === 'unknown' ? (named ?? 'unknown') : kind;
}
const CHECK_KINDS = new Set(['test', 'build', 'lint']);

;// CONCATENATED MODULE: ./src/rules/severity.ts


/**
 * What it costs when a step of this kind fails unnoticed (DESIGN §2): a masked test, build or lint
 * is a check that lies; a masked upload or notification loses a report, not a verdict.
 */
const SEVERITY_BY_KIND = {
    test: 'high',
    build: 'high',
    lint: 'high',
    deploy: 'medium',
    unknown: 'medium',
    setup: 'low',
    cleanup: 'low',
    telemetry: 'info',
};
/** Events whose result someone sees before merging or right after: a pull request or a push. */
const GATING_EVENTS = new Set(['pull_request', 'pull_request_target', 'push', 'merge_group', 'workflow_call']);
/**
 * A workflow gates changes when it runs on pull requests or pushes. A reusable workflow
 * (`workflow_call`) and a composite action are assumed to, since their callers are not known.
 */
function gatesChanges(file) {
    if (file.kind === 'action')
        return true;
    return file.events.some((event) => GATING_EVENTS.has(event));
}
function lowerBy(severity, steps) {
    return SEVERITIES[Math.max(0, severityRank(severity) - steps)];
}
function minSeverity(a, b) {
    return severityRank(a) <= severityRank(b) ? a : b;
}
/**
 * The severity of masking something of `kind` in `file`, capped at `cap`. Outside pull requests and
 * pushes (schedule, dispatch only) a masked check is seen later, so it is one level lower.
 */
function severityForKind(kind, file, cap = 'high') {
    const base = minSeverity(SEVERITY_BY_KIND[kind], cap);
    return gatesChanges(file) ? base : lowerBy(base, 1);
}
/** "a test step", "a deploy/publish job", "a lint/type-check command" — for messages. */
function describeKind(kind, noun) {
    if (kind === 'unknown')
        return `a ${noun}`;
    const label = KIND_LABEL[kind];
    return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} ${noun}`;
}

;// CONCATENATED MODULE: ./src/rules/text.ts
/** A YAML value quoted in a message: one line, whitespace collapsed, long values clipped. */
function inline(value, maxLength = 120) {
    const text = String(value).replace(/\s+/g, ' ').trim();
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/rules/aggregator-ignores-results.ts




const aggregatorIgnoresResults = {
    meta: {
        id: 'aggregator-ignores-results',
        category: 'soft-fail',
        description: 'An "all green" job that runs with always() but never looks at the results of the jobs it needs.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow')
            return;
        for (const job of file.jobs) {
            if (!job.if || !isAggregator(job) || !runsAfterDependencies(job, 'failure') || consumesNeedsResults(job))
                continue;
            ctx.report({
                severity: gatesChanges(file) ? 'high' : lowerBy('high', 1),
                message: `"${job.name ?? job.id}" runs after its dependencies whatever their result (if: ${inline(job.if.value)}) and never reads needs.<job>.result, so it passes when ${job.needs.map((n) => n.value).join(', ')} fail.`,
                pos: job.if.span,
                job,
                snippet: job.needs.map((n) => n.value).join(','),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/aggregator-skipped-on-failure.ts




const aggregatorSkippedOnFailure = {
    meta: {
        id: 'aggregator-skipped-on-failure',
        category: 'conditional-skip',
        description: 'An "all green" job that is skipped when a job it needs fails, and a skipped job passes a required check.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow')
            return;
        for (const job of file.jobs) {
            if (!isAggregator(job) || runsAfterDependencies(job, 'failure'))
                continue;
            const condition = job.if ? ` (if: ${inline(job.if.value)})` : '';
            const first = job.needs[0];
            const last = job.needs.at(-1);
            ctx.report({
                severity: gatesChanges(file) ? 'high' : lowerBy('high', 1),
                message: `"${job.name ?? job.id}" is skipped when ${job.needs.map((n) => n.value).join(', ')} fail${condition}, and GitHub counts a skipped job as passing for a required check; run it with "if: always()" and fail on needs.*.result.`,
                pos: job.if ? job.if.span : { ...first.keyPos, endLine: last.valuePos.endLine, endColumn: last.valuePos.endColumn },
                job,
                snippet: job.needs.map((n) => n.value).join(','),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/walk.ts
/** The step lists to check: each job's of a workflow, or a composite action's own (with no job). */
function stepLists(file) {
    return file.kind === 'action' ? [{ job: undefined, steps: file.steps }] : file.jobs.map((job) => ({ job, steps: job.steps }));
}

;// CONCATENATED MODULE: ./src/rules/constant-false-condition.ts




function checkSteps(ctx, steps, job, file) {
    for (const step of steps) {
        if (!step.if || !isConstantFalseStep(step.if, job))
            continue;
        ctx.report({
            severity: severityForKind(step.kind, file, 'medium'),
            message: `"if: ${inline(step.if.value)}" is ${isConstantFalseStep(step.if, undefined) ? 'always false' : 'false on every leg of the matrix'}: ${describeKind(step.kind, 'step')} "${step.label}" never runs, and a skipped step counts as success.`,
            pos: step.if.span,
            job,
            step,
            snippet: String(step.if.value),
        });
    }
}
const constantFalseCondition = {
    meta: {
        id: 'constant-false-condition',
        category: 'conditional-skip',
        description: 'A job or step whose `if:` is always false, so it never runs and its check counts as passing.',
    },
    check(ctx) {
        const file = ctx.file;
        for (const { job, steps } of stepLists(file)) {
            if (job?.if && isConstantFalseJob(job)) {
                // A disabled job is the whole check gone, so it is high unless the job only reports or cleans up.
                ctx.report({
                    severity: severityForKind(job.kind === 'unknown' ? 'test' : job.kind, file, 'high'),
                    message: `"if: ${inline(job.if.value)}" is always false: ${describeKind(job.kind, 'job')} "${job.name ?? job.id}" never runs, and GitHub reports a skipped job as passing to branch protection.`,
                    pos: job.if.span,
                    job,
                    snippet: String(job.if.value),
                });
                continue;
            }
            checkSteps(ctx, steps, job, file);
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/matrix-truth.ts

/**
 * `continue-on-error: 'false'` and an action input `continue_on_error: 'False'` are booleans to the
 * runner and to actions (core.getBooleanInput accepts true/True/TRUE), not non-empty strings.
 */
function asBoolean(value) {
    if (typeof value !== 'string')
        return value;
    const trimmed = value.trim();
    if (/^(true|True|TRUE)$/.test(trimmed))
        return true;
    if (/^(false|False|FALSE)$/.test(trimmed))
        return false;
    return value;
}
/**
 * Whether a flag such as `continue-on-error` is on, resolved against every leg of the job's matrix:
 * the same value on every leg is a constant, different values (or a runtime-only value) are "sometimes".
 */
function truthAcrossMatrix(value, job) {
    const legs = job?.matrix?.legs;
    const flag = asBoolean(value);
    const results = legs ? legs.map((matrix) => evaluateTruthiness(flag, { matrix })) : [evaluateTruthiness(flag)];
    if (results.every((result) => result === true))
        return 'always';
    if (results.every((result) => result === false))
        return 'never';
    return 'sometimes';
}

;// CONCATENATED MODULE: ./src/rules/continue-on-error.ts




/** Whether a later step reads this step's result, in its `if:` or any expression (env, inputs, script). */
function readsOutcomeOf(later, stepId) {
    const wanted = [`steps.${stepId}.outcome`, `steps.${stepId}.conclusion`].map((path) => path.toLowerCase());
    const contexts = [
        ...(later.if ? analyzeCondition(later.if.value).contexts : []),
        ...later.expressions.flatMap((inner) => analyzeCondition(`\${{ ${inner} }}`).contexts),
    ];
    return contexts.some((context) => wanted.includes(context));
}
function exitsNonZero(step) {
    return step.commands.some(([command, code]) => (command === 'exit' && code !== undefined && code !== '0') || command === 'false');
}
/**
 * `continue-on-error` followed by a step that looks at `steps.<id>.outcome` and fails the job is the
 * documented way to run cleanup before failing; the failure is carried forward, not masked.
 */
function failureCarriedForward(step, steps) {
    const id = step.id;
    if (!id)
        return false;
    return steps.slice(step.index + 1).some((later) => readsOutcomeOf(later, id) && exitsNonZero(later));
}
function checkStep(ctx, step, steps, job, file) {
    if (!step.continueOnError)
        return;
    const truth = truthAcrossMatrix(step.continueOnError.value, job);
    if (truth === 'never' || failureCarriedForward(step, steps))
        return;
    const what = describeKind(step.kind, 'step');
    const severity = severityForKind(step.kind, file, truth === 'always' ? 'high' : 'medium');
    const message = truth === 'always'
        ? `continue-on-error is true on ${what}: when "${step.label}" fails, the job still reports success.`
        : `continue-on-error depends on the matrix or run-time values on ${what}: on some runs a failure of "${step.label}" is reported as success.`;
    ctx.report({ severity, message, pos: step.continueOnError.span, job, step, snippet: String(step.continueOnError.value) });
}
function checkJob(ctx, job, file) {
    if (!job.continueOnError)
        return;
    const truth = truthAcrossMatrix(job.continueOnError.value, job);
    if (truth === 'never')
        return;
    const what = describeKind(job.kind, 'job');
    const severity = severityForKind(job.kind, file, truth === 'always' ? 'high' : 'medium');
    const message = truth === 'always'
        ? `continue-on-error is true on ${what}: when "${job.name ?? job.id}" fails, the workflow run still succeeds and jobs that need it still run.`
        : `continue-on-error depends on the matrix or run-time values on ${what}: on some legs a failure of "${job.name ?? job.id}" does not fail the workflow.`;
    ctx.report({ severity, message, pos: job.continueOnError.span, job, snippet: String(job.continueOnError.value) });
}
const continueOnError = {
    meta: {
        id: 'continue-on-error',
        category: 'soft-fail',
        description: 'A step or job with continue-on-error, so its failure is reported as success.',
    },
    check(ctx) {
        const file = ctx.file;
        for (const { job, steps } of stepLists(file)) {
            if (job)
                checkJob(ctx, job, file);
            for (const step of steps)
                checkStep(ctx, step, steps, job, file);
        }
    },
};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/shell/web-tree-sitter.cjs
var web_tree_sitter = __nccwpck_require__(1326);
var web_tree_sitter_default = /*#__PURE__*/__nccwpck_require__.n(web_tree_sitter);
;// CONCATENATED MODULE: ./src/shell/parser.ts





const parser_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let parserPromise;
/**
 * The two .wasm files sit next to the bundle (`npm run bundle` copies them) or, when running from
 * source, in node_modules.
 */
function locateWasm(fileName, packageSpecifier) {
    const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const besideBundle = external_node_path_default().join(here, fileName);
    if ((0,external_node_fs_namespaceObject.existsSync)(besideBundle))
        return besideBundle;
    return parser_require.resolve(packageSpecifier);
}
async function createParser() {
    const { Parser, Language } = (web_tree_sitter_default());
    // Emscripten's loader reads the CommonJS `__dirname`, which an ESM bundle does not have; give it
    // the bundle's directory (the .wasm files are passed in as bytes, so it locates nothing with it).
    globalThis.__dirname ??= external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const runtime = (0,external_node_fs_namespaceObject.readFileSync)(locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'));
    await Parser.init({ wasmBinary: runtime });
    const grammar = (0,external_node_fs_namespaceObject.readFileSync)(locateWasm('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'));
    const bash = await Language.load(grammar);
    const parser = new Parser();
    parser.setLanguage(bash);
    return parser;
}
/** Loads the bash grammar once per process. */
function loadShellParser() {
    parserPromise ??= createParser();
    return parserPromise;
}

;// CONCATENATED MODULE: ./src/shell/tree.ts
/**
 * A bash syntax tree copied out of tree-sitter's WebAssembly memory into plain objects, in one
 * cursor walk. Every property read of a web-tree-sitter node marshals through the WebAssembly heap
 * and allocates, and the rules read each tree many times over (a profile of the corpus run spent
 * more time there than in parsing); a parent lookup even descends from the root. The copy answers
 * the same questions — the subset of the web-tree-sitter `Node` API the analysis uses — from fields.
 */
class SyntaxNode {
    id;
    type;
    isNamed;
    isMissing;
    startIndex;
    endIndex;
    parent;
    source;
    children = [];
    /** The field name of each child (`name`, `argument`, `body`…), or null. */
    fields = [];
    named;
    error;
    /** Position among the parent's children. */
    index = 0;
    constructor(id, type, isNamed, isMissing, startIndex, endIndex, parent, source) {
        this.id = id;
        this.type = type;
        this.isNamed = isNamed;
        this.isMissing = isMissing;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.parent = parent;
        this.source = source;
    }
    /** @internal Appends a child while the tree is copied. */
    add(child, field) {
        child.index = this.children.length;
        this.children.push(child);
        this.fields.push(field);
    }
    get text() {
        return this.source.slice(this.startIndex, this.endIndex);
    }
    get namedChildren() {
        this.named ??= this.children.filter((child) => child.isNamed);
        return this.named;
    }
    get childCount() {
        return this.children.length;
    }
    get namedChildCount() {
        return this.namedChildren.length;
    }
    child(index) {
        return this.children[index] ?? null;
    }
    namedChild(index) {
        return this.namedChildren[index] ?? null;
    }
    get firstChild() {
        return this.children[0] ?? null;
    }
    get lastChild() {
        return this.children.at(-1) ?? null;
    }
    get firstNamedChild() {
        return this.namedChildren[0] ?? null;
    }
    get lastNamedChild() {
        return this.namedChildren.at(-1) ?? null;
    }
    get nextSibling() {
        return this.parent?.children[this.index + 1] ?? null;
    }
    get previousSibling() {
        return this.index > 0 ? (this.parent?.children[this.index - 1] ?? null) : null;
    }
    get nextNamedSibling() {
        const siblings = this.parent?.children ?? [];
        for (let i = this.index + 1; i < siblings.length; i++)
            if (siblings[i].isNamed)
                return siblings[i];
        return null;
    }
    get previousNamedSibling() {
        const siblings = this.parent?.children ?? [];
        for (let i = this.index - 1; i >= 0; i--)
            if (siblings[i].isNamed)
                return siblings[i];
        return null;
    }
    childForFieldName(name) {
        const at = this.fields.indexOf(name);
        return at === -1 ? null : this.children[at];
    }
    childrenForFieldName(name) {
        return this.children.filter((_, i) => this.fields[i] === name);
    }
    /** An ERROR or a missing node here or below. */
    get hasError() {
        this.error ??= this.type === 'ERROR' || this.isMissing || this.children.some((child) => child.hasError);
        return this.error;
    }
    /** Every node below this one of the given type(s), in source order. */
    descendantsOfType(types) {
        const wanted = typeof types === 'string' ? [types] : types;
        const found = [];
        const stack = [...this.children].reverse();
        while (stack.length > 0) {
            const node = stack.pop();
            if (wanted.includes(node.type))
                found.push(node);
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
        return found;
    }
}
/**
 * Copies a tree-sitter tree whose source is `source`; undefined when it is nested deeper than
 * `maxDepth` (the caller then leaves the script unanalysed rather than recursing without bound).
 */
function copyTree(tree, source, maxDepth) {
    const cursor = tree.walk();
    let id = 0;
    const make = (parent) => new SyntaxNode(id++, cursor.nodeType, cursor.nodeIsNamed, cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, parent, source);
    try {
        const root = make(null);
        let current = root;
        let depth = 0;
        for (;;) {
            if (cursor.gotoFirstChild()) {
                if (++depth > maxDepth)
                    return undefined;
                const child = make(current);
                current.add(child, cursor.currentFieldName);
                current = child;
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent())
                    return { rootNode: root };
                current = current.parent;
                depth--;
            }
            const sibling = make(current.parent);
            current.parent.add(sibling, cursor.currentFieldName);
            current = sibling;
        }
    }
    finally {
        cursor.delete();
    }
}

;// CONCATENATED MODULE: ./src/shell/commands.ts



/**
 * `${{ … }}` is substituted by the runner before the shell sees the script; replacing each one by a
 * same-length placeholder keeps every offset (and so every reported line) exact.
 */
function maskExpressions(script) {
    // Built in pieces: re-slicing the whole script once per expression was quadratic (a 1 MB script
    // with 15,000 `${{ }}` copied gigabytes).
    const parts = [];
    let last = 0;
    for (const span of findExpressionSpans(script)) {
        const length = span.end - span.start;
        const placeholder = length >= 2 ? `_${'x'.repeat(length - 2)}_` : 'x'.repeat(length);
        // Keep newlines inside multi-line expressions so line numbers do not shift.
        const kept = [...placeholder].map((ch, i) => (script[span.start + i] === '\n' ? '\n' : ch)).join('');
        parts.push(script.slice(last, span.start), kept);
        last = span.end;
    }
    parts.push(script.slice(last));
    return parts.join('');
}
/** The text of a word as the shell would see it, for the quoting forms that do not need expansion. */
function wordText(node) {
    switch (node.type) {
        case 'raw_string':
            return node.text.slice(1, -1);
        case 'string': {
            const parts = node.namedChildren;
            if (parts.every((part) => part?.type === 'string_content'))
                return node.text.slice(1, -1);
            return node.text;
        }
        case 'concatenation':
            return node.namedChildren.map((part) => (part ? wordText(part) : '')).join('');
        default:
            return node.text;
    }
}
/** The words of a `command` node, simple quoting removed. */
function commands_argvOf(command) {
    const argv = [];
    const name = command.childForFieldName('name');
    if (name)
        argv.push(wordText(name.firstNamedChild ?? name));
    for (const arg of command.childrenForFieldName('argument'))
        if (arg)
            argv.push(wordText(arg));
    return argv;
}
/** Every `command` node below (and including) `node`, in source order. */
function commands_commandsIn(node) {
    const found = [];
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'command')
            found.push(current);
        for (let i = current.namedChildCount - 1; i >= 0; i--) {
            const child = current.namedChild(i);
            if (child)
                stack.push(child);
        }
    }
    return found;
}
/** The words of every simple command in the tree, in source order (loops, lists and functions included). */
function commandWords(root) {
    return commands_commandsIn(root)
        .map(commands_argvOf)
        .filter((argv) => argv.length > 0);
}
/**
 * The rules walk parent chains and re-read sub-lists (`inSubstitution`, `statusCommands`), and a
 * parent lookup in tree-sitter itself descends from the root: on a tree this deep they take
 * quadratic to cubic time (100,000 chained `|| true` never finished, 250 nested `if`s take over a
 * second). Real scripts are far shallower: the deepest of the ~6,000 corpus scripts is 20 levels.
 */
const MAX_TREE_DEPTH = 200;
/**
 * tree-sitter's error recovery is superlinear on some inputs (100,000 bare `||` take minutes), so
 * the parse is cancelled past this budget; a well-formed 1 MB script parses in about 0.4 s.
 */
const parseBudgetMs = (script) => 1000 + script.length / 500;
/**
 * Parses a POSIX/bash script with its `${{ }}` expressions masked, and copies the tree out of
 * WebAssembly memory (see tree.ts); the WebAssembly tree is released at once.
 * Undefined when no tree the rules can read in bounded time exists: the parse ran past its budget
 * or the tree is nested deeper than MAX_TREE_DEPTH. Such a script is left unanalysed, like one in
 * a language without a parser.
 */
async function parseScript(script) {
    const parser = await loadShellParser();
    const deadline = Date.now() + parseBudgetMs(script);
    const masked = maskExpressions(script);
    const tree = parser.parse(masked, null, { progressCallback: () => Date.now() > deadline });
    if (!tree) {
        // A cancelled parse resumes on the next call unless the parser is reset.
        parser.reset();
        return undefined;
    }
    try {
        return copyTree(tree, masked, MAX_TREE_DEPTH);
    }
    finally {
        tree.delete();
    }
}

;// CONCATENATED MODULE: ./src/shell/analysis.ts



/**
 * Shared reading of a bash/sh parse tree for the script rules: which commands a node runs and what
 * they are, the shell options in force at a point, which statements are final, and whether a
 * swallowed status is carried forward. Rules ask these questions; none of them re-parses anything.
 */
/** Commands whose only effect is to print or to end the script successfully: a fallback made of them masks. */
const MASKING_COMMANDS = new Set(['true', ':', 'echo', 'printf']);
/** What the commands below a node do, most severe first; null when none carries a signal. */
function analysis_kindOf(node) {
    const kinds = commandsIn(node)
        .map((command) => classifyCommand(argvOf(command)))
        .filter((kind) => kind !== null);
    return kinds.length > 0 ? mostSevereKind(kinds) : null;
}
/**
 * The commands whose exit status becomes the status of `node`: in a pipeline without pipefail only
 * the last one counts (`pytest | tee log` has tee's status), with pipefail all of them; either side
 * of a list may decide it; a negation, group or redirection passes its inner status on.
 */
function statusCommands(node, pipefail) {
    const target = unredirect(node);
    switch (target.type) {
        case 'command':
            return [target];
        case 'pipeline': {
            const parts = target.namedChildren.filter((child) => child !== null);
            return (pipefail ? parts : parts.slice(-1)).flatMap((part) => statusCommands(part, pipefail));
        }
        case 'list':
        case 'negated_command':
            return target.namedChildren.filter((child) => child !== null).flatMap((part) => statusCommands(part, pipefail));
        default:
            return commands_commandsIn(target);
    }
}
/** The commands below a node that are checks — a failure of which is a verdict, not a nuisance. */
function checkCommandsIn(node) {
    return commandsIn(node).filter((command) => isCheck(classifyCommand(argvOf(command))));
}
const isCheck = (kind) => kind === 'test' || kind === 'build' || kind === 'lint';
/** A check or a publish: what a swallowed failure hides. Setup, cleanup and reports are forgiven on purpose. */
const isVerdict = (kind) => isCheck(kind) || kind === 'deploy';
/** The statements of a program, block or body, without comments. */
function statementsOf(node) {
    return node.namedChildren.filter((child) => child !== null && child.type !== 'comment');
}
/** A statement without its redirections: `pytest > log 2>&1` is the command `pytest`. */
function unredirect(node) {
    let current = node;
    while (current.type === 'redirected_statement') {
        const body = current.childForFieldName('body');
        if (!body)
            break;
        current = body;
    }
    return current;
}
/** `exit` or `return` with a non-zero (or variable) status, or `false`: the construct fails. */
function failsExplicitly(command) {
    const [name, code] = commands_argvOf(command);
    if (name === 'false')
        return true;
    if (name !== 'exit' && name !== 'return')
        return false;
    return code !== undefined && code !== '0';
}
/** Whether anything below a node makes the script fail on purpose (`exit 1`, `exit $rc`, `false`). */
function containsFailure(node) {
    return commands_commandsIn(node).some(failsExplicitly);
}
/**
 * A fallback that turns a failure into success: `true`, `:`, `echo …`, `printf …`, `exit 0`, or a
 * `{ …; }` group of those. A fallback that assigns a variable or writes a file is judged by
 * `carriesStatus`, not here.
 */
function isMaskingFallback(node) {
    const target = unredirect(node);
    if (target.type === 'compound_statement' || target.type === 'subshell') {
        const statements = statementsOf(target);
        return statements.length > 0 && statements.every(isMaskingFallback);
    }
    if (target.type !== 'command')
        return false;
    const [name, code] = commands_argvOf(target);
    if (name === 'exit' || name === 'return')
        return code === undefined || code === '0';
    return MASKING_COMMANDS.has(name ?? '');
}
/** Names of variables assigned below a node (`rc=$?`, `failed=1`, `export FAIL=1`). */
function assignedVariables(node) {
    const names = [];
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'variable_assignment') {
            const name = current.childForFieldName('name');
            if (name)
                names.push(name.text);
        }
        for (const child of current.namedChildren)
            if (child)
                stack.push(child);
    }
    return names;
}
/** Whether a variable is read anywhere after `offset` (`$rc`, `${rc}`, `"$rc"`, `(( rc ))`). */
function readAfter(root, name, offset) {
    const stack = [root];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.endIndex <= offset)
            continue;
        if ((current.type === 'simple_expansion' || current.type === 'expansion') && current.startIndex >= offset) {
            const variable = current.namedChildren.find((child) => child?.type === 'variable_name');
            if (variable?.text === name)
                return true;
        }
        if (current.type === 'variable_name' &&
            current.startIndex >= offset &&
            current.text === name &&
            current.parent?.type !== 'variable_assignment') {
            return true;
        }
        for (const child of current.namedChildren)
            if (child)
                stack.push(child);
    }
    return false;
}
/** Files through which a step hands values to later steps. */
const HANDOFF_FILES = new Set(['GITHUB_OUTPUT', 'GITHUB_ENV']);
/** Names of the variables and special parameters (`?`) expanded below a node. */
function expandedNames(node) {
    const names = new Set();
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'simple_expansion' || current.type === 'expansion') {
            for (const child of current.namedChildren) {
                if (child?.type === 'variable_name' || child?.type === 'special_variable_name')
                    names.add(child.text);
                if (child?.type === 'subscript') {
                    const name = child.childForFieldName('name');
                    if (name)
                        names.add(name.text);
                }
            }
        }
        for (const child of current.namedChildren)
            if (child)
                stack.push(child);
    }
    return names;
}
/**
 * A failure is carried forward, not masked, when the fallback records it somewhere that is read
 * later: a variable read further down (`cmd || rc=$?` … `exit $rc`), or `$GITHUB_OUTPUT` /
 * `$GITHUB_ENV` when a later step reads this step's outputs (DESIGN §2).
 */
function carriesStatus(fallback, root, laterStepsReadOutputs) {
    if (containsFailure(fallback))
        return true;
    if (assignedVariables(fallback).some((name) => readAfter(root, name, fallback.endIndex)))
        return true;
    const written = [fallback, ...trailingRedirects(fallback)].flatMap((node) => [...expandedNames(node)]);
    return laterStepsReadOutputs && written.some((name) => HANDOFF_FILES.has(name));
}
/**
 * tree-sitter-bash hangs a trailing redirection on the whole list (`a || b >> f` parses as
 * `(a || b) >> f`), but bash gives it to the last command: the redirections of the enclosing
 * statement belong to the right-most part of a list.
 */
function trailingRedirects(node) {
    let current = node;
    while (current.parent?.type === 'list' && current.parent.lastNamedChild?.id === current.id)
        current = current.parent;
    const holder = current.parent;
    if (holder?.type !== 'redirected_statement' || holder.childForFieldName('body')?.id !== current.id)
        return [];
    return holder.childrenForFieldName('redirect').filter((child) => child !== null);
}
/** `$?` or `PIPESTATUS` read in the statement right after `node`: its status was looked at. */
function statusReadNext(node) {
    let next = node.nextNamedSibling;
    while (next?.type === 'comment')
        next = next.nextNamedSibling;
    if (!next)
        return false;
    const names = expandedNames(next);
    return names.has('?') || names.has('PIPESTATUS');
}
/** The last statement the script runs at top level: its status is the step's. */
function finalStatement(root) {
    return statementsOf(root).at(-1);
}
/**
 * For each step list, the position of the last step that reads `steps.<id>.outputs`, by lower-case
 * id. Four rules ask `laterStepsReadOutputs` for every script of a job; scanning the later steps
 * each time was quadratic (10,000 steps with ids took seconds). The lookahead finds every
 * occurrence, overlapping ones included, so the answer is the substring test's for GitHub's ids.
 */
const outputReaders = new WeakMap();
const OUTPUTS_READ = /(?=steps\.([a-z0-9_-]+)\.outputs)/g;
const PLAIN_ID = /^[a-z0-9_-]+$/;
function lastOutputReaders(steps) {
    let readers = outputReaders.get(steps);
    if (!readers) {
        readers = new Map();
        for (const [position, later] of steps.entries()) {
            for (const text of [...later.expressions, String(later.if?.value ?? '')]) {
                for (const match of text.toLowerCase().matchAll(OUTPUTS_READ))
                    readers.set(match[1], position);
            }
        }
        outputReaders.set(steps, readers);
    }
    return readers;
}
/** Whether a later step of the same job reads this step's outputs (`steps.<id>.outputs.*`). */
function laterStepsReadOutputs(step, steps) {
    if (!step.id)
        return false;
    const id = step.id.toLowerCase();
    if (PLAIN_ID.test(id))
        return (lastOutputReaders(steps).get(id) ?? -1) > step.index;
    const prefix = `steps.${id}.outputs`;
    return steps.slice(step.index + 1).some((later) => later.expressions.some((inner) => inner.toLowerCase().includes(prefix)) ||
        String(later.if?.value ?? '')
            .toLowerCase()
            .includes(prefix));
}
/** The step lists whose scripts the script rules read: every job's steps, and the script a reusable-workflow call passes. */
function scriptLists(file) {
    if (file.kind === 'action')
        return [{ job: undefined, steps: file.steps }];
    return file.jobs.flatMap((job) => [{ job, steps: job.steps }, ...(job.callScript ? [{ job, steps: [job.callScript] }] : [])]);
}
/** Every POSIX script of a file that parsed, with its step and job. */
function posixScripts(file) {
    const lists = scriptLists(file);
    const scripts = [];
    for (const { job, steps } of lists) {
        for (const step of steps) {
            const script = step.script;
            if (!script?.tree || script.shell.language !== 'posix')
                continue;
            scripts.push({ step, steps, job, script: script, root: script.tree.rootNode });
        }
    }
    return scripts;
}
/** The file range of a node of a script, for a finding. */
function positionOf(script, node) {
    const start = script.source.at(node.startIndex);
    // A finding is about a line: end it where the node's first line ends.
    const firstLineEnd = node.text.indexOf('\n');
    const end = script.source.at(firstLineEnd === -1 ? node.endIndex : node.startIndex + firstLineEnd);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
/** Every script of a file that runs under `language`, with its step and job. */
function scriptsIn(file, language) {
    const lists = scriptLists(file);
    const scripts = [];
    for (const { job, steps } of lists) {
        for (const step of steps)
            if (step.script?.shell.language === language)
                scripts.push({ step, steps, job, script: step.script });
    }
    return scripts;
}
/** `exit 0`, `true` or `:`: a statement that succeeds whatever ran before it. */
function isSuccessExit(node) {
    const target = unredirect(node);
    if (target.type !== 'command')
        return false;
    const [name, code, ...rest] = commands_argvOf(target);
    if (name === 'exit')
        return code === '0' && rest.length === 0;
    return name === 'true' || name === ':';
}
/**
 * The statement whose status is the script's: the last top-level one, looking past a trailing
 * `exit 0`/`true`, which only hides that status (see `trailingSuccessExit`).
 */
function lastStatusStatement(root) {
    const statements = statementsOf(root);
    while (statements.length > 0 && isSuccessExit(statements.at(-1)))
        statements.pop();
    return statements.at(-1);
}
/** The `exit 0`, `true` or `:` that ends a script, if it does. */
function trailingSuccessExit(root) {
    const last = statementsOf(root).at(-1);
    return last && isSuccessExit(last) ? last : undefined;
}
/** Names of the functions of a script that read `$?` — calling one right after a command checks it (`run_tests; check_rc`). */
function statusReadingFunctions(root) {
    const names = new Set();
    for (const node of root.descendantsOfType('function_definition')) {
        const name = node?.childForFieldName('name');
        const body = node?.childForFieldName('body');
        if (name && body && body.descendantsOfType('special_variable_name').some((variable) => variable?.text === '?'))
            names.add(name.text);
    }
    return names;
}
/**
 * Every command whose exit status nobody reads, as the script runs when errexit is off: not a
 * condition (`if`, `while`, `!`, the left of `||`), not followed by a statement that reads `$?` or
 * `PIPESTATUS` (or calls a function of the script that does), not inside `$( … )`. A command is
 * `final` when its status becomes the script's (the last statement, before any trailing `exit 0`),
 * else `ignored`. Without pipefail the non-final commands of a pipeline are left out: their status
 * is lost whatever errexit says. Function bodies are left out too: they run with the options of
 * their caller.
 */
function unreadStatuses(root, pipefailAt) {
    const fates = [];
    const readers = statusReadingFunctions(root);
    const readNext = (statement) => {
        if (statusReadNext(statement))
            return true;
        let next = statement.nextNamedSibling;
        while (next?.type === 'comment')
            next = next.nextNamedSibling;
        const call = next && unredirect(next);
        return call?.type === 'command' && readers.has(commands_argvOf(call)[0] ?? '');
    };
    const statements = (nodes, fateOfLast) => nodes.forEach((statement, i) => visit(statement, i === nodes.length - 1 ? fateOfLast : readNext(statement) ? undefined : 'ignored'));
    // An `if`, `elif` or `else` runs the statements after its `then`; each branch ends with the status of the whole.
    const branches = (clause, fate) => {
        const body = [];
        let inBody = clause.type === 'else_clause';
        for (const child of clause.children) {
            if (!child)
                continue;
            if (child.type === 'then')
                inBody = true;
            else if (child.type === 'elif_clause' || child.type === 'else_clause')
                branches(child, fate);
            else if (inBody && child.isNamed && child.type !== 'comment')
                body.push(child);
        }
        statements(body, fate);
    };
    const visit = (node, fate) => {
        if (fate === undefined)
            return;
        switch (node.type) {
            case 'redirected_statement':
                visit(unredirect(node), fate);
                return;
            case 'command':
                fates.push({ command: node, fate });
                return;
            case 'pipeline': {
                const parts = node.namedChildren.filter((child) => child !== null);
                const counted = pipefailAt(node.startIndex) ? parts : parts.slice(-1);
                for (const part of counted)
                    visit(part, fate);
                return;
            }
            case 'list': {
                const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
                // `a && b` has a's status when a fails; in `a || b`, b is what happens to a's failure.
                if (left && operator?.type === '&&')
                    visit(left, fate);
                if (right)
                    visit(right, fate);
                return;
            }
            case 'compound_statement':
            case 'subshell':
            case 'do_group':
                statements(statementsOf(node), fate);
                return;
            case 'if_statement':
                branches(node, fate);
                return;
            case 'case_statement':
                for (const item of node.namedChildren) {
                    if (item?.type !== 'case_item')
                        continue;
                    const values = new Set(item.childrenForFieldName('value').map((value) => value?.id));
                    statements(statementsOf(item).filter((child) => !values.has(child.id)), fate);
                }
                return;
            case 'for_statement':
            case 'c_style_for_statement':
            case 'while_statement': {
                const body = node.childForFieldName('body');
                if (body)
                    visit(body, fate);
            }
        }
    };
    const last = lastStatusStatement(root);
    const top = statementsOf(root);
    statements(top.slice(0, last ? top.indexOf(last) + 1 : 0), 'final');
    return fates;
}
/** What a `set` command does to errexit and pipefail: `set -e`, `set +e`, `set -euo pipefail`, `set +o errexit`. */
function setEffect(argv) {
    const effect = {};
    const [, ...args] = argv;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!/^[-+][a-zA-Z]+$/.test(arg))
            continue;
        const enable = arg.startsWith('-');
        const letters = arg.slice(1);
        if (letters.includes('e'))
            effect.errexit = enable;
        if (letters.includes('o')) {
            if (args[i + 1] === 'errexit')
                effect.errexit = enable;
            if (args[i + 1] === 'pipefail')
                effect.pipefail = enable;
            i++;
        }
    }
    return effect;
}
/** Where a `set` takes effect only inside: a subshell or command substitution runs in a copy of the shell. */
const SUBSHELLS = new Set(['subshell', 'command_substitution', 'process_substitution']);
/**
 * The shell options in force at each point of a script: the effective shell's, then every
 * `set -e`/`set +e`/`set -o pipefail`/`set -euo pipefail` in source order, with its scope — a `set`
 * inside `( … )` or `$( … )` ends there, and one inside a function body applies only when the
 * function is called, which cannot be placed, so it is ignored.
 */
function optionsTimeline(root, initial) {
    const changes = [];
    for (const command of commands_commandsIn(root)) {
        const argv = commands_argvOf(command);
        if (argv[0] !== 'set')
            continue;
        const effect = setEffect(argv);
        if (effect.errexit === undefined && effect.pipefail === undefined)
            continue;
        let scope;
        let inFunction = false;
        for (let current = command.parent; current; current = current.parent) {
            if (current.type === 'function_definition')
                inFunction = true;
            if (SUBSHELLS.has(current.type))
                scope ??= current;
        }
        if (!inFunction)
            changes.push({ command, effect, scope });
    }
    return (offset) => {
        let state = { errexit: initial.errexit, pipefail: initial.pipefail };
        for (const { command, effect, scope } of changes) {
            if (command.endIndex > offset)
                break;
            if (scope && (offset < scope.startIndex || offset >= scope.endIndex))
                continue;
            state = {
                errexit: effect.errexit ?? state.errexit,
                pipefail: effect.pipefail ?? state.pipefail,
                setBy: effect.errexit === undefined ? state.setBy : command,
            };
        }
        return state;
    };
}
/** The script's own text of a node, `${{ }}` expressions as written: the parse tree only has them masked. */
function sourceText(script, node) {
    return script.source.text.slice(node.startIndex, node.endIndex);
}
/** The first line of `sourceText`, for messages. */
function sourceLine(script, node) {
    return sourceText(script, node).split('\n')[0].trim();
}
/** The statements an `if` or `elif` runs as its condition: everything before its `then`. */
function conditionOf(clause) {
    const condition = [];
    for (const child of clause.children) {
        if (!child || child.type === 'then')
            break;
        if (child.isNamed && child.type !== 'comment')
            condition.push(child);
    }
    return condition;
}
/** The statements of an `if`/`elif` branch (after `then`) or of an `else` branch, without the clauses that follow. */
function branchOf(clause) {
    const children = clause.children.filter((child) => child !== null);
    const then = children.findIndex((child) => child.type === 'then');
    return children
        .slice(then + 1)
        .filter((child) => child.isNamed && child.type !== 'comment' && child.type !== 'elif_clause' && child.type !== 'else_clause');
}
/** The `elif` and `else` clauses of an `if` statement, in order. */
function clausesOf(statement) {
    return statement.namedChildren.filter((child) => child !== null && (child.type === 'elif_clause' || child.type === 'else_clause'));
}
/**
 * `! a | b` negates the whole pipeline in bash, but tree-sitter-bash parses it as a pipeline whose
 * first part is `! a`: the parts the `!` really applies to, or undefined for any other node.
 */
function negatedPipeline(node) {
    if (node.type !== 'pipeline')
        return undefined;
    const [first, ...rest] = statementsOf(node);
    const inner = first?.type === 'negated_command' ? first.namedChildren.find((child) => child !== null) : undefined;
    return inner ? [inner, ...rest] : undefined;
}
/**
 * The commands whose failure reaches the status of `node`, so that errexit (or whoever reads that
 * status) sees it. Left out: commands in `if`/`while` conditions, on the left of `||` and negated
 * with `!` (errexit ignores all three: https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html),
 * before the last part of a pipeline without pipefail, inside `$( )` unless it is the value of an
 * assignment (`out=$(pytest)` has pytest's status), in function definitions, and a command whose
 * `$?` the next statement reads. Every statement of a block counts, as under errexit.
 */
function failingCommands(node, pipefail) {
    const all = (nodes) => nodes.flatMap((part) => failingCommands(part, pipefail));
    switch (node.type) {
        case 'command':
            return [node];
        case 'redirected_statement':
            return node.childForFieldName('body') ? failingCommands(node.childForFieldName('body'), pipefail) : [];
        case 'pipeline': {
            if (negatedPipeline(node))
                return [];
            const parts = statementsOf(node);
            return all(pipefail ? parts : parts.slice(-1));
        }
        case 'list': {
            const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
            return all((operator?.type === '||' ? [right] : [left, right]).filter((side) => side !== null));
        }
        case 'if_statement':
        case 'elif_clause':
        case 'else_clause':
            return all([...branchOf(node), ...clausesOf(node)]);
        case 'for_statement':
        case 'c_style_for_statement':
        case 'while_statement':
            return node.childForFieldName('body') ? failingCommands(node.childForFieldName('body'), pipefail) : [];
        case 'case_statement':
            return all(statementsOf(node).filter((item) => item.type === 'case_item'));
        case 'case_item': {
            // A case item's statements follow its `)`; the patterns before it are words.
            const children = node.children.filter((child) => child !== null);
            const start = children.findIndex((child) => child.type === ')');
            return all(children.slice(start + 1).filter((child) => child.isNamed && child.type !== 'comment'));
        }
        case 'variable_assignment': {
            const value = node.childForFieldName('value');
            return value?.type === 'command_substitution' ? failingCommands(value, pipefail) : [];
        }
        case 'program':
        case 'command_substitution':
        case 'compound_statement':
        case 'subshell':
        case 'do_group':
            return all(statementsOf(node).filter((statement) => !statusReadNext(statement)));
        default:
            return [];
    }
}
/** A command's words joined, to recognise the same command run again. */
function commandKey(command) {
    return commands_argvOf(command).join(' ');
}
/**
 * Whether a later command of the script builds, tests or ships again (`make; make install`,
 * `docker tag …; docker push …`): what a failed build did not produce then fails that command, so
 * the build's own unchecked failure most likely still surfaces, under another name.
 */
function buildUsedLater(root, build) {
    return commands_commandsIn(root).some((command) => command.startIndex >= build.endIndex && mayUseBuildOutput(commands_argvOf(command)));
}
/**
 * Whether a command may consume what an earlier build produced — a build, a test, a publish, or an
 * unclassified program such as the freshly built binary — so that a failed build resurfaces there.
 * Shared by the POSIX, PowerShell and cmd rules.
 */
function mayUseBuildOutput(argv) {
    const kind = classify_classifyCommand(argv);
    // A linter reads sources, not build output, so a lint after a failed build does not resurface it.
    return kind === 'build' || kind === 'test' || kind === 'deploy' || kind === 'unknown';
}
/** Words of a helper's name that say it ends the script: `die`, `fail`, `error_exit`, `fatal`, `abort`. */
const FAILING_WORDS = new Set(['die', 'fail', 'fatal', 'abort', 'panic', 'bail', 'error', 'err']);
/**
 * Whether running `node` ends the script on purpose: an explicit failure (`containsFailure`), a call
 * of a function of the script that fails (`die() { echo "$*" >&2; exit 1; }` … `die "tests failed"`),
 * or of a helper from elsewhere — a sourced library — whose name says it fails (`fail`, `error_exit`, `fatal`).
 */
function failsOnPurpose(node, root) {
    const functions = new Map();
    for (const definition of root.descendantsOfType('function_definition')) {
        const name = definition?.childForFieldName('name');
        const body = definition?.childForFieldName('body');
        if (name && body)
            functions.set(name.text, body);
    }
    const visited = new Set();
    const fails = (current) => commands_commandsIn(current).some((command) => {
        if (failsExplicitly(command))
            return true;
        const argv = commands_argvOf(command);
        const name = argv[0] ?? '';
        const body = functions.get(name);
        if (body) {
            if (visited.has(name))
                return false;
            visited.add(name);
            return fails(body);
        }
        return classify_classifyCommand(argv) === 'unknown' && name.split(/[-_.]/).some((word) => FAILING_WORDS.has(word.toLowerCase()));
    });
    return fails(node);
}
const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);
/** Inside `$( … )` or `<( … )` a command computes a value; its status decides nothing. */
function inSubstitution(node) {
    for (let current = node.parent; current; current = current.parent)
        if (SUBSTITUTIONS.has(current.type))
            return true;
    return false;
}
/** A command word reduced to the program it names: `"$VENV/bin/pytest"` → `pytest`, `gcc-12` → `gcc`. */
const programOf = (word) => word
    .replace(/["'${}]/g, '')
    .split('/')
    .pop()
    .toLowerCase()
    .replace(/-[\d.]+$/, '');
const GREPS = new Set(['grep', 'egrep', 'fgrep', 'rg']);
const unquote = (word) => word.replace(/["']/g, '');
/** The files a `tee` at the end of a pipeline writes, quotes removed: `tee -a "$LOG"` → `$LOG`. */
function teeFiles(last) {
    return statusCommands(last, false).flatMap((command) => {
        const [name = '', ...args] = commands_argvOf(command);
        return programOf(name) === 'tee' ? args.filter((arg) => !arg.startsWith('-')).map(unquote) : [];
    });
}
/** A `|| true` (or `|| echo …`) right after `node`: its status is thrown away. */
function forgiven(node) {
    for (let current = node; current.parent?.type === 'list' || current.parent?.type === 'pipeline'; current = current.parent) {
        const parent = current.parent;
        if (parent.type === 'list' &&
            parent.child(1)?.type === '||' &&
            parent.child(0)?.id === current.id &&
            isMaskingFallback(parent.child(2)))
            return true;
    }
    return false;
}
/**
 * `make test | tee test.log` followed by `grep -q "All tests passed" test.log` (or `if grep FAILED
 * test.log; then exit 1; fi`): the script reads the verdict back from the log, so the status of the
 * command that wrote it was never meant to carry it. A grep inside `$( … )` computes a value and one
 * forgiven with `|| true` decides nothing, so neither counts.
 */
function verdictReadFromLog(root, after, files) {
    if (files.length === 0)
        return false;
    return commands_commandsIn(root).some((command) => {
        if (command.startIndex < after.endIndex || inSubstitution(command) || forgiven(command))
            return false;
        const [name = '', ...args] = commands_argvOf(command);
        return GREPS.has(programOf(name)) && args.some((arg) => files.includes(unquote(arg)));
    });
}

;// CONCATENATED MODULE: ./src/rules/or-true-swallows-failure.ts




/**
 * What the swallowed status belongs to. `git diff --exit-code` is a question when its answer is
 * handled right there (`… && echo unchanged || echo changed`), not a check.
 */
function swallowedKind(left, pipefail) {
    // `pytest | tee log || true` is forgiven twice over (tee's status, then the fallback); the
    // fallback states the intent, so it is reported here, whatever pipefail says.
    const target = unredirect(left);
    const endsInTee = target.type === 'pipeline' && commands_argvOf(commands_commandsIn(target.lastNamedChild ?? target).at(-1) ?? target)[0] === 'tee';
    const kinds = statusCommands(left, pipefail || endsInTee)
        .map(commands_argvOf)
        .filter(([name]) => name !== 'git')
        .map(classify_classifyCommand)
        .filter((kind) => kind !== null);
    return kinds.length > 0 ? classify_mostSevereKind(kinds) : null;
}
/** `a || b` lists whose right side is a fallback that only prints or succeeds. */
function orFallbacks(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'list') {
            const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
            // Inside `$( … )` a fallback supplies a value (`changed=$(git diff --quiet || echo yes)`).
            if (left && right && operator?.type === '||' && isMaskingFallback(right) && !inSubstitution(node))
                found.push({ list: node, left, operator, right });
        }
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.list.startIndex - b.list.startIndex);
}
const orTrueSwallowsFailure = {
    meta: {
        id: 'or-true-swallows-failure',
        category: 'soft-fail',
        description: '`cmd || true` (or `|| :`, `|| echo …`, `|| exit 0`) turns a failing command into success.',
    },
    check(ctx) {
        for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
            const outputsRead = laterStepsReadOutputs(step, steps);
            const optionsAt = optionsTimeline(root, script.shell);
            for (const { list, left, operator, right } of orFallbacks(root)) {
                // Without pipefail, `x | grep y || true` forgives grep's "no match", not x.
                const kind = swallowedKind(left, optionsAt(list.startIndex).pipefail);
                // Only a swallowed verdict is a silent failure. Forgiving a probe, a download or a cleanup
                // that may find nothing to clean (`xcrun --show-sdk-path || true`, `rm -f x || true`) is the
                // idiom working as intended, and flagging it is the noise that gets a linter switched off.
                if (!isVerdict(kind))
                    continue;
                if (carriesStatus(right, root, outputsRead))
                    continue;
                // `pytest … | tee out.txt || true` and then `grep … failed out.txt` … `exit 1`: the verdict is read back from the log.
                const target = unredirect(left);
                if (target.type === 'pipeline' && verdictReadFromLog(root, list, teeFiles(target.lastNamedChild ?? target)))
                    continue;
                const pos = positionOf(script, operator);
                const end = positionOf(script, right);
                ctx.report({
                    severity: severityForKind(kind, ctx.file),
                    message: `"${inline(sourceLine(script, list), 80)}": when ${describeKind(kind, 'command')} fails, "|| ${inline(sourceLine(script, right), 40)}" turns the failure into success.`,
                    pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
                    job,
                    step,
                    snippet: sourceText(script, list),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/skipped-by-needs.ts


const skippedByNeeds = {
    meta: {
        id: 'skipped-by-needs',
        category: 'conditional-skip',
        description: 'A job that needs a disabled job, so it is skipped on every run without saying so.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow')
            return;
        for (const [jobId, cause] of skippedJobs(file)) {
            if (!cause)
                continue;
            const job = file.jobs.find((candidate) => candidate.id === jobId);
            ctx.report({
                severity: severityForKind(job.kind, file, 'medium'),
                message: `${describeKind(job.kind, 'job')[0].toUpperCase()}${describeKind(job.kind, 'job').slice(1)} "${job.name ?? job.id}" needs "${cause.value}", which never runs, so it is skipped on every run and counts as passing.`,
                pos: cause.span,
                job,
                snippet: cause.value,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/soft-fail-action-input.ts





/**
 * Inputs of well-known actions that turn a failure into success. Only explicit values are
 * reported: a default that is already soft (codecov's fail_ci_if_error) is a choice nobody made here.
 */
const SOFT_FAIL_INPUTS = [
    ...['nick-fields/retry', 'nick-invalid/retry', 'step-security/retry'].map((uses) => ({
        uses,
        input: 'continue_on_error',
        masksWhen: true,
        kind: 'script',
        why: 'the step succeeds even when the last attempt fails',
        category: 'retry-masking',
    })),
    {
        uses: 'codecov/codecov-action',
        input: 'fail_ci_if_error',
        masksWhen: false,
        kind: 'telemetry',
        why: 'a failed coverage upload is ignored',
    },
    {
        uses: 'coverallsapp/github-action',
        input: 'fail-on-error',
        masksWhen: false,
        kind: 'telemetry',
        why: 'a failed coverage upload is ignored',
    },
    {
        uses: 'dorny/test-reporter',
        input: 'fail-on-error',
        masksWhen: false,
        kind: 'telemetry',
        why: 'failed tests in the report do not fail the check',
    },
    {
        uses: 'mikepenz/action-junit-report',
        input: 'fail_on_failure',
        masksWhen: false,
        kind: 'telemetry',
        why: 'failed tests in the report do not fail the check',
    },
];
function soft_fail_action_input_checkStep(ctx, step, job, file) {
    if (!step.uses)
        return;
    const target = usesWithoutRef(step.uses.value);
    for (const entry of SOFT_FAIL_INPUTS) {
        if (entry.uses !== target)
            continue;
        const input = step.with.get(entry.input);
        if (!input)
            continue;
        const truth = truthAcrossMatrix(input.value, job);
        const masks = entry.masksWhen ? truth : truth === 'always' ? 'never' : truth === 'never' ? 'always' : truth;
        if (masks === 'never')
            continue;
        // The classifier already read the retried command (and the step's name) into step.kind.
        const kind = entry.kind === 'script' ? step.kind : entry.kind;
        ctx.report({
            severity: severityForKind(kind, file, masks === 'always' ? 'high' : 'medium'),
            message: `${entry.input}: ${inline(input.value)} on ${describeKind(kind, 'step')} "${step.label}": ${entry.why}.`,
            pos: input.span,
            job,
            step,
            snippet: `${entry.input}=${String(input.value)}`,
            category: entry.category,
        });
    }
}
const softFailActionInput = {
    meta: {
        id: 'soft-fail-action-input',
        category: 'soft-fail',
        description: 'An input of a well-known action that makes it succeed when what it runs fails (retry actions: retry-masking).',
    },
    check(ctx) {
        const file = ctx.file;
        for (const { job, steps } of stepLists(file))
            for (const step of steps)
                soft_fail_action_input_checkStep(ctx, step, job, file);
    },
};

;// CONCATENATED MODULE: ./src/rules/unparseable-script.ts


const isError = (node) => node.type === 'ERROR' || node.isMissing;
/** The first node below `node`, in source order, where tree-sitter-bash gave up: an ERROR node or a token it had to invent (MISSING). */
function firstErrorBelow(node) {
    const stack = node.children.filter((child) => child !== null).reverse();
    while (stack.length > 0) {
        const current = stack.pop();
        if (isError(current))
            return current;
        if (!current.hasError)
            continue;
        for (let i = current.childCount - 1; i >= 0; i--) {
            const child = current.child(i);
            if (child)
                stack.push(child);
        }
    }
    return undefined;
}
/**
 * Where to point: the innermost of the nested errors, since tree-sitter's recovery often opens the
 * outer ERROR node statements before the real problem; and for a token the parser had to invent
 * (MISSING `"`, `fi`, `]]`), the construct that lacks it.
 */
function culprit(error) {
    let current = error;
    for (let inner = firstErrorBelow(current); inner; inner = firstErrorBelow(current))
        current = inner;
    return current.isMissing && current.parent ? current.parent : current;
}
/**
 * The runner default on a runner OS we could not resolve (`runs-on: ${{ matrix.os }}`) may be
 * PowerShell, and scripts that only run on the Windows legs are written for it: only a script we
 * know bash or sh runs can be said not to be bash.
 */
/** The whole script line an offset is on: an error node's own first line may be a lone quote. */
function lineAt(text, offset) {
    const end = text.indexOf('\n', offset);
    return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end === -1 ? undefined : end).trim();
}
const knownPosix = (script) => script.shell.explicit || script.shell.os === 'linux' || script.shell.os === 'macos';
/** A token tree-sitter had to invent at the very end of the script: something opened is never closed. */
function missingAtEnd(root, end) {
    let current = root;
    while (current && !current.isMissing)
        current = current.lastChild;
    return current && current.startIndex >= end ? current : undefined;
}
const OPENED = { '"': 'double quote', '`': 'backquote', ')': 'parenthesis' };
const unparseableScript = {
    meta: {
        id: 'unparseable-script',
        category: 'invalid',
        description: 'A bash/sh script that cannot be parsed, so the script rules may have missed failures in it.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            if (!root.hasError || !knownPosix(script))
                continue;
            // A closing token the parser had to invent at the very end is a construct bash rejects too
            // ("unexpected EOF while looking for matching `\"'"). Any other error is far more often bash
            // syntax tree-sitter-bash lacks (`${x//$'\n'/ }`, `[[ … && \` across lines, `{ …; (…) }`
            // without the last `;`), so it is only reported as a gap in the analysis.
            const missing = missingAtEnd(root, script.source.text.trimEnd().length);
            const error = missing ?? (isError(root) ? root : firstErrorBelow(root));
            if (!error)
                continue;
            const node = culprit(error);
            const near = inline(lineAt(script.source.text, node.startIndex), 60);
            const opened = missing ? (OPENED[missing.type] ?? `construct (it lacks "${missing.type}")`) : '';
            ctx.report({
                severity: missing ? 'low' : 'info',
                message: missing
                    ? `bash stops with a syntax error at the end of this script: the ${opened} opened here ("${near}") is never closed, so the script does not run as written, and the script rules may have missed failures in it.`
                    : `tree-sitter-bash could not parse this script at "${near}" (a syntax error, or bash syntax the parser lacks), so the script rules may have missed failures in it.`,
                pos: positionOf(script, node),
                job,
                step,
                snippet: near,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/pipe-without-pipefail.ts




/**
 * Inside `$( … )` or `<( … )` the pipeline produces a value; whether its status matters is up to
 * the command that consumes it, not to the script's errexit.
 */
const QUERY_FLAGS = new Set(['--version', '-version', '--help', '-help', '--list', '-list', '--collect-only', '--co', '--print']);
const QUERY_PREFIXES = ['-dump', '-print-', '--print-', '-show'];
/** Flags that ask a question of one tool only: `-n` is make's dry run but pytest-xdist's worker count. */
const TOOL_QUERY_FLAGS = [
    [/^(g?make)$/, ['-n', '--dry-run', '--just-print', '--recon', '-p', '--print-data-base', '-q', '--question', '-v']],
    [/^ctest$/, ['-N', '--show-only']],
    // Preprocess only, list dependencies, or print the driver's configuration.
    [/^(cc|cxx|gcc|g\+\+|c\+\+|clang|clang\+\+|clang-cl|cl|nvcc|icx|icpx|emcc)$/, ['-E', '-M', '-MM', '-dM', '-###', '-v']],
];
/** The program a word names, without quotes, `${ }`, directories and a version suffix: `"${CC}"` → `cc`, `/usr/bin/gcc-13` → `gcc`. */
function isQuery([name = '', ...args]) {
    const program = programOf(name);
    const own = TOOL_QUERY_FLAGS.filter(([pattern]) => pattern.test(program)).flatMap(([, flags]) => flags);
    return args.some((arg) => QUERY_FLAGS.has(arg) || own.includes(arg) || QUERY_PREFIXES.some((prefix) => arg.startsWith(prefix)));
}
/**
 * What the pipeline hides when `element` fails, if it is a check or a deploy. Only the first element
 * is run for its own sake: a command further along reads the previous one's output as data
 * (`printf … | convert.py | insert.py`), unless it is `xargs`, which runs a command with it.
 */
function masked(element, first) {
    const candidates = statusCommands(element, false)
        .map((command) => ({ command, argv: commands_argvOf(command) }))
        .filter(({ argv }) => first || argv[0] === 'xargs')
        // `git diff | …` and `git log | head` read the repository; a git verdict is never piped away.
        .filter(({ argv }) => argv[0] !== 'git' && !isQuery(argv))
        .map(({ command, argv }) => ({ command, kind: classify_classifyCommand(argv) }))
        .filter((candidate) => candidate.kind !== null);
    if (candidates.length === 0)
        return undefined;
    const kind = classify_mostSevereKind(candidates.map((candidate) => candidate.kind));
    return isVerdict(kind) ? candidates.find((candidate) => candidate.kind === kind) : undefined;
}
const QUIET = /^(-[a-zA-Z]*q[a-zA-Z]*|--quiet|--silent)$/;
/**
 * A last command that judges the output: `go test -v ./... 2>&1 | go-junit-report -set-exit-code >
 * report.xml` fails when a test did (https://github.com/jstemmer/go-junit-report#flags), and
 * `swift test | tee log | grep -q "tests passed"` makes the pipeline's status the answer to a
 * question about the run. Both are deliberate, whatever one thinks of parsing logs.
 */
function carriesVerdict(last) {
    return statusCommands(last, false).some((command) => {
        const [name = '', ...args] = commands_argvOf(command);
        const program = programOf(name);
        if (program === 'go-junit-report')
            return args.includes('-set-exit-code');
        return GREPS.has(program) && args.some((arg) => QUIET.test(arg));
    });
}
/**
 * `npx playwright test | tee e2e.log || echo "not configured"`: the author forgives the failure on
 * purpose, and `pipefail` would not change the outcome (that is or-true-swallows-failure's business).
 * tree-sitter-bash hangs the fallback of `a | b | c || true` inside the pipeline's last part.
 */
function forgivesPipeline(pipeline) {
    if (forgiven(pipeline))
        return true;
    const tail = pipeline.lastChild;
    return tail?.type === 'list' && tail.child(1)?.type === '||' && isMaskingFallback(tail.child(2));
}
/**
 * tree-sitter-bash reads `a | b | c || d` as `a | ((b | c) || d)`, where bash runs `(a | b | c) || d`.
 * The elements of a pipeline and the operators between them, in order, as bash sees them.
 */
function partsOf(pipeline) {
    const children = pipeline.children.filter((child) => child !== null && child.type !== 'comment');
    let tail = children.at(-1);
    if (tail?.type !== 'list')
        return children;
    while (tail.type === 'list' && tail.firstChild)
        tail = tail.firstChild;
    return [...children.slice(0, -1), ...(tail.type === 'pipeline' ? partsOf(tail) : [tail])];
}
/** The `b | c` of that misreading, which is the rest of an enclosing pipeline, not a pipeline of its own. */
function isMisreadTail(pipeline) {
    let node = pipeline;
    while (node.parent?.type === 'list' && node.parent.firstChild?.id === node.id)
        node = node.parent;
    return node.id !== pipeline.id && node.parent?.type === 'pipeline' && node.parent.lastChild?.id === node.id;
}
/** Every pipeline of a script outside substitutions, in source order. */
function pipelinesIn(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'command_substitution' || node.type === 'process_substitution')
            continue;
        if (node.type === 'pipeline' && !isMisreadTail(node))
            found.push(node);
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
/** Whether `${PIPESTATUS[…]}` is expanded between `start` and `end`: the elements' statuses are looked at. */
function readsPipestatus(root, start, end) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.endIndex <= start || node.startIndex >= end)
            continue;
        if (node.type === 'variable_name' && node.text === 'PIPESTATUS' && node.startIndex >= start)
            return true;
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return false;
}
const pipeWithoutPipefail = {
    meta: {
        id: 'pipe-without-pipefail',
        category: 'soft-fail',
        description: 'A check piped into another command (`pytest | tee log`) in a shell without `pipefail`, so only the last command decides.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            const optionsAt = optionsTimeline(root, script.shell);
            const pipelines = pipelinesIn(root);
            pipelines.forEach((pipeline, i) => {
                // `shell: bash` runs `bash -eo pipefail`; the runner default `bash -e` and `sh -e` do not.
                if (optionsAt(pipeline.startIndex).pipefail !== false || inSubstitution(pipeline))
                    return;
                // PIPESTATUS is reset by the next pipeline, so a read before that one is about this one.
                const nextStart = pipelines.slice(i + 1).find((later) => later.startIndex >= pipeline.endIndex)?.startIndex ?? Infinity;
                if (readsPipestatus(root, pipeline.startIndex, nextStart))
                    return;
                const children = partsOf(pipeline);
                if (carriesVerdict(children.at(-1)) || forgivesPipeline(pipeline))
                    return;
                // `make build | tee build.log && make test | tee test.log && grep -q passed test.log`: a failed
                // build fails the tests too, so a log read back after this pipeline judges it as well.
                const logs = pipelines.filter((later) => later.endIndex >= pipeline.endIndex).flatMap((later) => teeFiles(partsOf(later).at(-1)));
                if (verdictReadFromLog(root, pipeline, logs))
                    return;
                for (let j = 0; j < children.length - 1; j++) {
                    const element = children[j];
                    const operator = children[j + 1];
                    if (!element.isNamed || (operator.type !== '|' && operator.type !== '|&'))
                        continue;
                    const found = masked(element, j === 0);
                    if (!found)
                        continue;
                    const { command, kind } = found;
                    const next = children[j + 2] ?? operator;
                    const pos = positionOf(script, operator);
                    const end = positionOf(script, next);
                    const quoted = `${sourceLine(script, command)} ${operator.type} ${sourceLine(script, next)}`;
                    ctx.report({
                        severity: severityForKind(kind, ctx.file),
                        message: `"${inline(quoted, 80)}": without pipefail a pipeline has the status of its last command, so when ` +
                            `${describeKind(kind, 'command')} "${inline(sourceLine(script, command), 40)}" fails the script goes on ` +
                            `and the step can pass (${script.shell.pipefail ? 'pipefail is switched off by `set +o pipefail`' : script.shell.description}). ` +
                            'Use `shell: bash` or `set -o pipefail`.',
                        pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
                        job,
                        step,
                        snippet: `${sourceText(script, command)} ${operator.type} ${sourceText(script, next)}`,
                    });
                    // One finding per pipeline: its first masked check.
                    return;
                }
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/errexit-ignored.ts




/** Commands that branch on the status they follow: `pytest && break` in a retry loop decides, it does not ignore. */
const CONTROL_FLOW = new Set(['break', 'continue', 'return', 'exit']);
const errexit_ignored_SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);
/** The nodes between a statement and the block holding it that pass its status through unchanged. */
const enclosingStatement = (node) => node.parent?.type === 'redirected_statement' && node.parent.childForFieldName('body')?.id === node.id ? node.parent : node;
function nextStatement(node) {
    let next = node.nextNamedSibling;
    while (next?.type === 'comment')
        next = next.nextNamedSibling;
    return next;
}
/** `if`/`elif`/`while`/`until` conditions come before their `then`/`do`: their status is tested. */
function inCondition(node, parent) {
    const body = parent.children.find((child) => child?.type === 'then' || child?.type === 'do_group');
    return body !== undefined && body !== null && node.startIndex < body.startIndex;
}
/**
 * Whether a failure that errexit ignored inside `statement` is lost. Bash ignores errexit for the
 * commands of an && / || list but the last and for `!`, and a compound command (`if`, `{ }`, a loop)
 * whose status is non-zero for that reason does not trigger it either; a subshell or a function
 * does, and the script's last statement is its exit status
 * (https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html, `-e`).
 */
function failureIsLost(statement) {
    let node = statement;
    for (;;) {
        const parent = node.parent;
        if (!parent)
            return false;
        const next = nextStatement(node);
        switch (parent.type) {
            case 'redirected_statement':
                node = parent;
                continue;
            case 'program':
                return next !== null;
            case 'subshell':
                return next !== null;
            case 'compound_statement':
                if (next !== null)
                    return true;
                if (parent.parent?.type === 'function_definition')
                    return false;
                node = parent;
                continue;
            case 'if_statement':
            case 'elif_clause':
            case 'while_statement':
                if (inCondition(node, parent))
                    return false;
                if (next !== null && next.type !== 'elif_clause' && next.type !== 'else_clause')
                    return true;
                node = parent.type === 'elif_clause' ? parent.parent : parent;
                continue;
            case 'else_clause':
            case 'case_item':
            case 'do_group':
                if (next !== null)
                    return true;
                node = parent.parent;
                continue;
            default:
                // Part of a list, a pipeline, a negation or a substitution: whatever holds it reads the status.
                return false;
        }
    }
}
/** The operands and operators of an && / || list, left to right. */
function flatten(list) {
    const operands = [];
    const operators = [];
    for (const child of list.children) {
        if (!child || child.type === 'comment')
            continue;
        if (child.type === 'list') {
            const inner = flatten(child);
            operands.push(...inner.operands);
            operators.push(...inner.operators);
        }
        else if (child.isNamed)
            operands.push(child);
        else
            operators.push(child.type);
    }
    return { operands, operators };
}
/** The first command that decides `node`'s status and is a check. `git diff --exit-code && …` asks a question. */
function checkIn(node, pipefail) {
    for (const command of statusCommands(node, pipefail)) {
        const argv = commands_argvOf(command);
        if (argv[0] === 'git')
            continue;
        const kind = classify_classifyCommand(argv);
        if (isCheck(kind))
            return { command, kind };
    }
    return undefined;
}
/** Statement-level lists and negations of a script, outside substitutions. */
function candidates(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (errexit_ignored_SUBSTITUTIONS.has(node.type))
            continue;
        const parent = node.parent?.type;
        if (node.type === 'list' && parent !== 'list')
            found.push(node);
        if (node.type === 'negated_command' && parent !== 'list' && parent !== 'pipeline')
            found.push(node);
        // tree-sitter-bash reads `! a | b` as `(! a) | b`; bash negates the whole pipeline.
        if (node.type === 'pipeline' && node.firstNamedChild?.type === 'negated_command' && parent !== 'list')
            found.push(node);
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
/** `check && other…`: the first check followed only by `&&`, whose failure no later operand records or branches on. */
function ignoredInList(list, pipefail, root, outputsRead) {
    const { operands, operators } = flatten(list);
    for (let i = 0; i < operands.length - 1; i++) {
        // A later `||` receives the failure: it exits, carries it, or masks it (or-true-swallows-failure).
        if (operators[i] !== '&&' || operators.slice(i).includes('||'))
            continue;
        const later = operands.slice(i + 1);
        if (later.some((operand) => commands_commandsIn(operand).some((command) => CONTROL_FLOW.has(commands_argvOf(command)[0] ?? ''))))
            continue;
        if (later.some((operand) => carriesStatus(operand, root, outputsRead)))
            continue;
        const check = checkIn(operands[i], pipefail);
        if (check)
            return { command: check.command, at: check.command, kind: check.kind, negated: false };
    }
    return undefined;
}
/** `! check` as a statement of its own. */
function ignoredNegation(node, pipefail) {
    const check = checkIn(node, pipefail);
    if (!check)
        return undefined;
    const negation = node.type === 'negated_command' ? node : node.firstNamedChild;
    return { command: check.command, at: negation, kind: check.kind, negated: true };
}
const errexitIgnored = {
    meta: {
        id: 'errexit-ignored',
        category: 'soft-fail',
        description: 'Under `set -e`, a check that is not the last command of an `&&` list, or is negated with `!`, does not stop the script when it fails.',
    },
    check(ctx) {
        for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
            const outputsRead = laterStepsReadOutputs(step, steps);
            const optionsAt = optionsTimeline(root, script.shell);
            for (const node of candidates(root)) {
                const options = optionsAt(node.startIndex);
                // With errexit off nothing stops the script anyway: that is the business of the set +e and custom-shell rules.
                if (options.errexit !== true)
                    continue;
                const statement = enclosingStatement(node);
                // `cmd && other &` runs in the background; its status is `wait`'s business.
                if (statement.nextSibling?.type === '&')
                    continue;
                if (!failureIsLost(statement) || statusReadNext(statement))
                    continue;
                const found = node.type === 'list' ? ignoredInList(node, options.pipefail, root, outputsRead) : ignoredNegation(node, options.pipefail);
                if (!found)
                    continue;
                const { command, at, kind, negated } = found;
                const what = `${describeKind(kind, 'command')} "${inline(sourceLine(script, command), 40)}"`;
                ctx.report({
                    severity: severityForKind(kind, ctx.file),
                    message: negated
                        ? `"${inline(sourceLine(script, node), 80)}": errexit never fires for a negated command, so whatever ${what} returns the script goes on. ` +
                            'Make it the last command, or write `if …; then exit 1; fi`.'
                        : `"${inline(sourceLine(script, node), 80)}": errexit is ignored for every command of an && list but the last, so when ${what} fails ` +
                            'the script goes on and the step can pass. Run it as its own statement, or end the list with `|| exit 1`.',
                    pos: positionOf(script, at),
                    job,
                    step,
                    snippet: sourceText(script, statement),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/set-plus-e-unchecked.ts




const setPlusEUnchecked = {
    meta: {
        id: 'set-plus-e-unchecked',
        category: 'soft-fail',
        description: 'A check runs after `set +e` and nothing looks at its exit status, so its failure is lost.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            // A script the parser could not read whole is unparseable-script's: a lost `$?` read would be a false alarm.
            if (root.hasError)
                continue;
            const optionsAt = optionsTimeline(root, script.shell);
            for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
                if (fate !== 'ignored')
                    continue;
                const kind = classify_classifyCommand(commands_argvOf(command));
                if (!isCheck(kind))
                    continue;
                const { errexit, setBy } = optionsAt(command.startIndex);
                // Only a `set +e` that switched errexit off is the cause; under a shell that never had it,
                // the script is shell-without-errexit's business.
                if (errexit !== false || !setBy || optionsAt(setBy.startIndex).errexit !== true)
                    continue;
                const setLine = script.source.at(setBy.startIndex).line;
                // A test's or linter's verdict has no other outlet; a build's failure may resurface in what uses it.
                const cap = kind === 'build' && buildUsedLater(root, command) ? 'medium' : 'high';
                ctx.report({
                    severity: severityForKind(kind, ctx.file, cap),
                    message: `"${inline(sourceLine(script, command), 80)}" runs after "${inline(sourceText(script, setBy), 30)}" (line ${setLine}) and nothing reads its exit status: when ${describeKind(kind, 'command')} fails, the script goes on and the step can still pass.`,
                    pos: positionOf(script, command),
                    job,
                    step,
                    snippet: sourceText(script, command),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/shell-without-errexit.ts





/**
 * What a masked command puts at stake. A check's failure is a verdict and a deploy's a release; an
 * unclassified command is judged by the step it is in (`${CONDA_RUN} pip install …` in a test step
 * may be what the tests stand on). A failed install or cleanup surfaces in the checks after it, and
 * a failed upload loses a report, not a result.
 */
function stake(command, step) {
    if (command === null)
        return undefined;
    if (isCheck(command) || command === 'deploy')
        return command;
    if (command === 'unknown' && (isCheck(step) || step === 'deploy' || step === 'unknown'))
        return 'unknown';
    return undefined;
}
/**
 * A test's or linter's verdict has no other outlet. A build's failure may resurface in what uses it
 * later, and an unclassified command may or may not matter (`eval "export $line"`): worth knowing,
 * not worth blocking a merge on.
 */
function cap(kind, root, command) {
    if (kind === 'unknown')
        return 'low';
    return kind === 'build' && buildUsedLater(root, command) ? 'medium' : 'high';
}
const shellWithoutErrexit = {
    meta: {
        id: 'shell-without-errexit',
        category: 'soft-fail',
        description: 'A custom shell without `-e` (`bash {0}`, `bash -l {0}`) runs the script on after a command fails.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            if (script.shell.errexit !== false || root.hasError || statementsOf(root).length < 2)
                continue;
            const optionsAt = optionsTimeline(root, script.shell);
            const masked = [];
            for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
                if (fate !== 'ignored' || optionsAt(command.startIndex).errexit !== false)
                    continue;
                const kind = stake(classify_classifyCommand(commands_argvOf(command)), step.kind);
                if (kind)
                    masked.push({ command, kind, severity: severityForKind(kind, ctx.file, cap(kind, root, command)) });
            }
            if (masked.length === 0)
                continue;
            const worst = masked.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
            const { command: first, kind, severity } = worst;
            const shell = step.shell?.value ?? script.shell.description;
            const others = masked.length > 1 ? ` (${masked.length - 1} other command${masked.length === 2 ? ' is' : 's are'} unchecked too)` : '';
            const fix = script.origin === 'run' ? 'add -e to the shell or start the script with "set -e"' : 'start the script with "set -e"';
            ctx.report({
                severity,
                message: `The script runs without errexit under "${inline(shell, 60)}": when "${inline(sourceLine(script, first), 60)}" (line ${script.source.at(first.startIndex).line}), ${describeKind(kind, 'command')}, fails, the script goes on and only its last command decides the step${others}. To stop at the first failure, ${fix}.`,
                pos: step.shell ? step.shell.span : positionOf(script, first),
                job,
                step,
                snippet: `${script.shell.description}\n${sourceText(script, first)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/trailing-exit-zero.ts




const trailingExitZero = {
    meta: {
        id: 'trailing-exit-zero',
        category: 'soft-fail',
        description: 'A script without errexit ends in `exit 0` (or `true`, `:`) right after a check, so the check can never fail the step.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            const exit = trailingSuccessExit(root);
            if (!exit || root.hasError)
                continue;
            const optionsAt = optionsTimeline(root, script.shell);
            const { errexit, setBy } = optionsAt(exit.startIndex);
            // Under errexit a failing check never reaches the `exit 0`: it is harmless there.
            if (errexit !== false)
                continue;
            const hidden = [];
            for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
                const kind = classify_classifyCommand(commands_argvOf(command));
                if (fate === 'final' && isCheck(kind) && optionsAt(command.startIndex).errexit === false)
                    hidden.push({ command, kind });
            }
            if (hidden.length === 0)
                continue;
            const kind = classify_mostSevereKind(hidden.map((entry) => entry.kind));
            const check = hidden.find((entry) => entry.kind === kind).command;
            const why = setBy
                ? `errexit is off since "${inline(sourceText(script, setBy), 30)}" (line ${script.source.at(setBy.startIndex).line})`
                : `"${inline(step.shell?.value ?? script.shell.description, 40)}" runs the script without errexit (-e)`;
            ctx.report({
                severity: severityForKind(kind, ctx.file),
                message: `"${inline(sourceLine(script, exit), 20)}" ends the script after "${inline(sourceLine(script, check), 60)}" (line ${script.source.at(check.startIndex).line}) and ${why}: when ${describeKind(kind, 'command')} fails, the step still passes.`,
                pos: positionOf(script, exit),
                job,
                step,
                snippet: `${sourceText(script, check)}\n${sourceText(script, exit)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/unchecked-wait.ts




/** Statements sent to the background: tree-sitter-bash leaves the `&` as an anonymous token after the statement. */
function backgrounded(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (let i = 0; i < node.childCount; i++) {
            const child = node.child(i);
            if (child?.isNamed && node.child(i + 1)?.type === '&')
                found.push(child);
        }
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
const isWait = (command) => commands_argvOf(command)[0] === 'wait';
/** Commands that stop background jobs on purpose: the status `wait` then drops is the signal's, not a check's. */
const STOPPERS = new Set(['kill', 'pkill', 'killall']);
const uncheckedWait = {
    meta: {
        id: 'unchecked-wait',
        category: 'soft-fail',
        description: 'A check sent to the background (`pytest &`) and collected by a bare `wait`, which returns 0 whatever the job returned.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            const commands = commands_commandsIn(root);
            // `wait PID` and `wait -n` return the job's status (https://www.gnu.org/software/bash/manual/html_node/Job-Control-Builtins.html):
            // a script that collects any job that way is taken to collect its checks so.
            if (commands.some((command) => isWait(command) && commands_argvOf(command).length > 1))
                continue;
            const waits = commands.filter(isWait);
            const optionsAt = optionsTimeline(root, script.shell);
            const byWait = new Map();
            for (const background of backgrounded(root)) {
                const checks = failingCommands(background, optionsAt(background.startIndex).pipefail).filter((command) => isCheck(classify_classifyCommand(commands_argvOf(command))));
                if (checks.length === 0)
                    continue;
                const wait = waits.find((command) => command.startIndex >= background.endIndex);
                if (!wait)
                    continue;
                const stopped = commands.some((command) => command.startIndex >= background.endIndex && command.endIndex <= wait.startIndex && STOPPERS.has(commands_argvOf(command)[0] ?? ''));
                if (stopped)
                    continue;
                byWait.set(wait, [...(byWait.get(wait) ?? []), { job: background, checks }]);
            }
            for (const [wait, jobs] of byWait) {
                const kind = classify_mostSevereKind(jobs.flatMap(({ checks }) => checks.map((command) => classify_classifyCommand(commands_argvOf(command)))));
                const first = jobs.find(({ checks }) => checks.some((command) => classify_classifyCommand(commands_argvOf(command)) === kind));
                const others = jobs.length > 1 ? ` (and ${jobs.length - 1} more background check${jobs.length > 2 ? 's' : ''})` : '';
                ctx.report({
                    severity: severityForKind(kind, ctx.file),
                    message: `A bare "wait" returns 0 whatever its jobs returned, so when ${describeKind(kind, 'command')} "${inline(sourceLine(script, first.job), 60)} &" (line ${script.source.at(first.job.startIndex).line})${others} fails, the step succeeds.`,
                    pos: positionOf(script, wait),
                    job,
                    step,
                    snippet: `${first.job.text} & … wait`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/if-not-without-exit.ts





/**
 * The checks whose status a condition tests. `git diff --exit-code` and friends are left out: in a
 * condition they ask whether something changed (to commit it, to set an output), they are not a verdict.
 */
function checksOf(node, pipefail) {
    return failingCommands(node, pipefail).filter((command) => {
        const argv = commands_argvOf(command);
        return argv[0] !== 'git' && isCheck(classify_classifyCommand(argv));
    });
}
/** `! check`, or `! a || ! b`: the checks whose failure makes the condition true. */
function negatedChecks(condition, pipefail) {
    const target = unredirect(condition);
    if (target.type === 'negated_command') {
        const inner = target.namedChildren.find((child) => child !== null);
        return inner ? checksOf(inner, pipefail) : [];
    }
    const parts = negatedPipeline(target);
    if (parts)
        return (pipefail ? parts : parts.slice(-1)).flatMap((part) => checksOf(part, pipefail));
    if (target.type === 'list' && target.child(1)?.type === '||') {
        return [target.child(0), target.child(2)].flatMap((side) => (side ? negatedChecks(side, pipefail) : []));
    }
    return [];
}
/**
 * What an `if` does when its check fails: `if ! check; then BODY` runs BODY (the rule also requires
 * its `elif`/`else` not to fail, so that a construct failing on either path is never reported);
 * `if check; then …; else BODY` runs the else BODY.
 */
function swallowedCheck(statement, pipefail) {
    const condition = conditionOf(statement).at(-1);
    if (!condition)
        return undefined;
    const clauses = clausesOf(statement);
    const negated = negatedChecks(condition, pipefail);
    if (negated.length > 0)
        return { checks: negated, branches: [...branchOf(statement), ...clauses], where: 'the then branch' };
    const [only] = clauses;
    if (clauses.length !== 1 || only?.type !== 'else_clause')
        return undefined;
    const checks = checksOf(condition, pipefail);
    return checks.length > 0 ? { checks, branches: branchOf(only), where: 'the else branch' } : undefined;
}
/** An `echo`/`printf` of a `::warning` workflow command (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-a-warning-message). */
function emitsWarning(branch) {
    return commands_commandsIn(branch).some((command) => {
        const [name, ...args] = commands_argvOf(command);
        return (name === 'echo' || name === 'printf') && args.some((arg) => (arg.startsWith('"') ? arg.slice(1) : arg).startsWith('::warning'));
    });
}
/**
 * Whether a branch leaves a mark for later — `touch failed`, `echo "lint" >> failures.txt`, or a
 * call of a function of the script that does (`record_status FAILED=1`) — the way scripts collect
 * failures and exit on them at the end. `$GITHUB_OUTPUT`/`$GITHUB_ENV` are `carriesStatus`'s.
 */
function recordsFailure(branch, root) {
    const functions = new Map();
    for (const definition of root.descendantsOfType('function_definition')) {
        const name = definition?.childForFieldName('name');
        const body = definition?.childForFieldName('body');
        if (name && body)
            functions.set(name.text, body);
    }
    const writes = (node, depth) => node.descendantsOfType('file_redirect').some((redirect) => {
        const destination = redirect?.childForFieldName('destination');
        const sink = destination ? wordText(destination) : '';
        // Not a mark: the terminal (`>&2`, `/dev/stderr`), and the runner's files — the job summary reports,
        // and `$GITHUB_OUTPUT`/`$GITHUB_ENV` are judged by whether a later step reads them.
        return destination?.type !== 'number' && !sink.startsWith('/dev/') && !sink.includes('GITHUB_');
    }) ||
        commands_commandsIn(node).some((command) => {
            const [name] = commands_argvOf(command);
            const body = functions.get(name ?? '');
            return name === 'touch' || (body !== undefined && depth < 2 && writes(body, depth + 1));
        });
    return writes(branch, 0);
}
/** Inside `$( … )` an `if` computes a value, it does not decide the step's outcome. */
const if_not_without_exit_inSubstitution = (node) => {
    for (let current = node.parent; current; current = current.parent)
        if (current.type === 'command_substitution')
            return true;
    return false;
};
function ifStatements(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'if_statement' && !if_not_without_exit_inSubstitution(node))
            found.push(node);
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
const ifNotWithoutExit = {
    meta: {
        id: 'if-not-without-exit',
        category: 'soft-fail',
        description: '`if ! check; then …; fi` (or the `else` of `if check`) whose branch only reports the failure, so the step succeeds.',
    },
    check(ctx) {
        for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
            const outputsRead = laterStepsReadOutputs(step, steps);
            const optionsAt = optionsTimeline(root, script.shell);
            const commands = commands_commandsIn(root);
            const laterCommands = steps.slice(step.index + 1).flatMap((later) => later.commands);
            for (const statement of ifStatements(root)) {
                const pipefail = optionsAt(statement.startIndex).pipefail;
                const swallowed = swallowedCheck(statement, pipefail);
                if (!swallowed)
                    continue;
                const { checks, branches, where } = swallowed;
                // A branch that exits non-zero, re-runs a check (a retry whose failure stops the script) or
                // records the failure for later (`FAILED=1` … `exit $FAILED`, `$GITHUB_OUTPUT` read by a later step).
                if (branches.some((branch) => failsOnPurpose(branch, root) || carriesStatus(branch, root, outputsRead) || recordsFailure(branch, root)))
                    continue;
                if (branches.some((branch) => failingCommands(branch, pipefail).some((command) => isCheck(classify_classifyCommand(commands_argvOf(command))))))
                    continue;
                // The same check run again further down, or in a later step of the job, is the verdict; this
                // one only decides whether to try a fix first.
                const keys = new Set(checks.map(commandKey));
                const decided = conditionOf(statement).at(-1).endIndex;
                if (commands.some((command) => command.startIndex >= decided && keys.has(commandKey(command))))
                    continue;
                if (laterCommands.some((argv) => keys.has(argv.join(' '))))
                    continue;
                const kind = classify_mostSevereKind(checks.map((command) => classify_classifyCommand(commands_argvOf(command))));
                // A `::warning::` annotation shows on the run's summary page: the failure is deliberate and visible, only not blocking.
                const warns = branches.some(emitsWarning);
                ctx.report({
                    severity: severityForKind(kind, ctx.file, warns ? 'medium' : 'high'),
                    message: `"${inline(sourceLine(script, statement), 80)}": when ${describeKind(kind, 'command')} "${inline(sourceLine(script, checks[0]), 60)}" fails, ${where} runs and ${warns ? 'only prints a warning' : 'does not fail'}, so the step succeeds.`,
                    pos: positionOf(script, statement),
                    job,
                    step,
                    snippet: statement.text,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/retry-loop-swallows-failure.ts




const LOOPS = new Set(['for_statement', 'c_style_for_statement', 'while_statement']);
/** Where `break`, `exit` and `return` stop meaning "leave this loop". */
const SCOPES = new Set(['function_definition', 'subshell', 'command_substitution', 'process_substitution']);
/** A `while` condition that never becomes false. */
const FOREVER = new Set(['true', ':']);
/** Statements between a loop and the check after it that only talk. */
const PRINTERS = new Set(['echo', 'printf']);
function loopsIn(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (LOOPS.has(node.type))
            found.push(node);
        for (const child of node.namedChildren)
            if (child)
                stack.push(child);
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
/**
 * Whether a command leaves `loop`: `break N` that reaches it (each enclosing loop uses up one level),
 * or a successful `exit`/`return` (`R && exit 0`, `R && return 0` in a retry function).
 */
function leavesLoop(command, loop) {
    const [name, code] = commands_argvOf(command);
    const success = code === undefined || code === '0';
    if (name !== 'break' && !((name === 'exit' || name === 'return') && success))
        return false;
    let depth = 0;
    for (let current = command.parent; current; current = current.parent) {
        if (SCOPES.has(current.type))
            return false;
        if (LOOPS.has(current.type))
            depth++;
        if (current.id === loop.id)
            return name !== 'break' || depth <= Number(code ?? '1');
    }
    return false;
}
/**
 * What has to succeed for a loop exit to run: `R && break` → R; `if R; then break; fi` → R;
 * `if ! R; then …; else break; fi` → R. Undefined when the exit runs on a failure or on a test that
 * is no command at all (`[ "$i" -ge 3 ] && break`, the counter that gives up).
 */
function successGuard(exit, body) {
    let child = exit;
    for (let parent = exit.parent; parent && parent.id !== body.id; child = parent, parent = parent.parent) {
        if (parent.type === 'list' && parent.child(2)?.id === child.id) {
            return parent.child(1)?.type === '&&' ? (parent.child(0) ?? undefined) : undefined;
        }
        if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && !conditionOf(parent).some((node) => node.id === child.id)) {
            const condition = conditionOf(parent).at(-1);
            return condition && unredirect(condition).type !== 'negated_command' ? condition : undefined;
        }
        if (parent.type === 'else_clause') {
            const statement = parent.parent;
            const condition = statement && conditionOf(statement).at(-1);
            const target = condition && unredirect(condition);
            return target?.type === 'negated_command' ? (target.namedChildren.find((node) => node !== null) ?? undefined) : undefined;
        }
    }
    return undefined;
}
/** `R; if [ $? -eq 0 ]; then break; fi`: a guard that only reads `$?` stands for the statement before it. */
function resolveStatusRead(guard, body) {
    let statement = guard;
    while (statement.parent && statement.parent.id !== body.id)
        statement = statement.parent;
    let previous = statement.previousNamedSibling;
    while (previous?.type === 'comment')
        previous = previous.previousNamedSibling;
    return previous && statusReadNext(previous) ? previous : guard;
}
/** `"$@"`, `$*`, `$1` in a retry function stand for what its callers pass: `retry pip install …`. */
function attemptsOf(command, root) {
    const argv = commands_argvOf(command);
    const name = argv[0]?.startsWith('"') ? argv[0].slice(1) : argv[0];
    let fn = command.parent;
    while (fn && fn.type !== 'function_definition')
        fn = fn.parent;
    const fnName = fn?.childForFieldName('name')?.text;
    if (!name?.startsWith('$') || !fnName) {
        const kind = classify_classifyCommand(argv);
        return kind ? [{ kind, shown: command }] : [];
    }
    return commands_commandsIn(root).flatMap((call) => {
        const [called, ...passed] = commands_argvOf(call);
        const kind = called === fnName ? classify_classifyCommand(passed) : null;
        return kind ? [{ kind, shown: call }] : [];
    });
}
/**
 * `until R` and `while ! R` run R until it succeeds: the commands R stands for. Undefined for any
 * other condition, and for a list (`until R || [ $n -ge 5 ]`), which also stops on something else.
 */
function conditionRetries(loop, condition, pipefail) {
    if (condition.type === 'list')
        return undefined;
    // `until [ "$n" -ge 3 ]` counts attempts; it retries no command.
    if (loop.child(0)?.type === 'until') {
        const commands = failingCommands(condition, pipefail);
        return commands.length > 0 ? commands : undefined;
    }
    if (condition.type === 'negated_command') {
        const inner = condition.namedChildren.find((child) => child !== null);
        return inner ? failingCommands(inner, pipefail) : undefined;
    }
    const parts = negatedPipeline(condition);
    return parts && (pipefail ? parts : parts.slice(-1)).flatMap((part) => failingCommands(part, pipefail));
}
function retryOf(loop, pipefail) {
    const body = loop.childForFieldName('body');
    if (!body)
        return undefined;
    const retried = [];
    let otherExit = false;
    let breaksOnSuccess = false;
    for (const exit of commands_commandsIn(body).filter((command) => leavesLoop(command, loop))) {
        const guard = successGuard(exit, body);
        const commands = guard ? failingCommands(resolveStatusRead(guard, body), pipefail) : [];
        const classified = commands.filter((command) => classify_classifyCommand(commands_argvOf(command)) !== null);
        if (classified.length === 0) {
            otherExit = true;
            continue;
        }
        retried.push(...classified);
        if (commands_argvOf(exit)[0] === 'break')
            breaksOnSuccess = true;
    }
    let canGiveUp = otherExit;
    if (loop.type === 'for_statement')
        canGiveUp = true;
    else if (loop.type === 'c_style_for_statement')
        canGiveUp ||= loop.childForFieldName('condition') !== null;
    else {
        const condition = loop.childrenForFieldName('condition').find((node) => node?.isNamed);
        const target = condition ? unredirect(condition) : undefined;
        const retriedByCondition = target && conditionRetries(loop, target, pipefail);
        if (retriedByCondition) {
            retried.push(...retriedByCondition.filter((command) => classify_classifyCommand(commands_argvOf(command)) !== null));
            breaksOnSuccess = true;
        }
        else if (!(target?.type === 'command' && FOREVER.has(commands_argvOf(target)[0] ?? ''))) {
            canGiveUp = true;
        }
    }
    if (retried.length === 0 || !canGiveUp)
        return undefined;
    const last = statementsOf(body).at(-1);
    const tail = last && unredirect(last);
    const endsWithFailure = !otherExit && tail?.type === 'list' && tail.child(1)?.type === '&&' && commands_argvOf(unredirect(tail.child(2)))[0] === 'break';
    return { retried, endsWithFailure, breaksOnSuccess };
}
/** The statement that runs after `node` finishes, leaving `if` branches, groups and `case` items but not loop or function bodies. */
function retry_loop_swallows_failure_nextStatement(node) {
    let next = node.nextNamedSibling;
    while (next && (next.type === 'comment' || next.type === 'elif_clause' || next.type === 'else_clause' || next.type === 'case_item'))
        next = next.nextNamedSibling;
    if (next)
        return next;
    const parent = node.parent;
    if (!parent)
        return undefined;
    if (['elif_clause', 'else_clause'].includes(parent.type))
        return parent.parent ? retry_loop_swallows_failure_nextStatement(parent.parent) : undefined;
    if (['if_statement', 'compound_statement', 'redirected_statement', 'case_item', 'case_statement'].includes(parent.type))
        return retry_loop_swallows_failure_nextStatement(parent.type === 'case_item' ? parent.parent : parent);
    return undefined;
}
/** Whether the script notices that the last attempt failed: it fails, re-runs the command, or reads what the loop left behind. */
function checkedAfter(loop, { retried, breaksOnSuccess }, root, pipefail) {
    if (statusReadNext(loop))
        return true;
    // `for …; done || exit 1`
    const list = loop.parent;
    if (list?.type === 'list' && list.child(0)?.id === loop.id && list.child(2) && failsOnPurpose(list.child(2), root))
        return true;
    let next = retry_loop_swallows_failure_nextStatement(loop);
    while (next && unredirect(next).type === 'command' && PRINTERS.has(commands_argvOf(unredirect(next))[0] ?? ''))
        next = retry_loop_swallows_failure_nextStatement(next);
    if (!next)
        return false;
    if (!breaksOnSuccess || failsOnPurpose(next, root))
        return true;
    const keys = new Set(retried.map(commandKey));
    return failingCommands(next, pipefail).some((command) => keys.has(commandKey(command)));
}
const isFinal = (loop, root) => {
    const final = finalStatement(root);
    return final !== undefined && unredirect(final).id === loop.id;
};
const retryLoopSwallowsFailure = {
    meta: {
        id: 'retry-loop-swallows-failure',
        category: 'retry-masking',
        description: 'A shell loop that retries a command until it succeeds, and carries on as if it had when every attempt failed.',
    },
    check(ctx) {
        for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
            const outputsRead = laterStepsReadOutputs(step, steps);
            const optionsAt = optionsTimeline(root, script.shell);
            for (const loop of loopsIn(root)) {
                const pipefail = optionsAt(loop.startIndex).pipefail;
                const retry = retryOf(loop, pipefail);
                if (!retry)
                    continue;
                // Failing after the last attempt (`[ $i -eq 3 ] && exit 1`), recording it (`ok=1` … `[ -n "$ok" ] || exit 1`),
                // or — for a final loop whose body ends in `R && break` — leaving R's failing status as the step's.
                if (failsOnPurpose(loop, root) || carriesStatus(loop, root, outputsRead))
                    continue;
                if (retry.endsWithFailure && isFinal(loop, root))
                    continue;
                if (checkedAfter(loop, retry, root, pipefail))
                    continue;
                const attempts = retry.retried.flatMap((command) => attemptsOf(command, root));
                if (attempts.length === 0)
                    continue;
                const kind = classify_mostSevereKind(attempts.map((attempt) => attempt.kind));
                const retried = attempts.find((attempt) => attempt.kind === kind).shown;
                ctx.report({
                    severity: severityForKind(kind, ctx.file),
                    message: `This loop retries ${describeKind(kind, 'command')} "${inline(sourceLine(script, retried), 60)}" until it succeeds, but when every attempt fails nothing fails after the loop, so the step succeeds.`,
                    pos: positionOf(script, loop),
                    job,
                    step,
                    snippet: loop.text,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/test-rerun-flags.ts





/** Maven runs the test phase for `install`, `package` and `verify` too, unless told to skip it. */
const MAVEN_KINDS = ['test', 'build'];
const RETRY_FLAGS = [
    // pytest-rerunfailures: https://pytest-rerunfailures.readthedocs.io/latest/cli.html
    { flag: '--reruns', value: 'next', min: 1 },
    { flag: '--force-reruns', value: 'next', min: 1 },
    // flaky (pytest plugin): every test becomes flaky, re-run until one pass in --max-runs (default 2).
    { flag: '--force-flaky', value: 'none', min: 1 },
    // cargo-nextest (https://nexte.st/docs/features/retries/), Playwright (https://playwright.dev/docs/test-retries),
    // Mocha (`--retries <n>`), pytest-retry.
    { flag: '--retries', value: 'next', min: 1 },
    // Vitest (https://vitest.dev/config/retry) and cucumber-js (`--retry <n>`).
    { flag: '--retry', value: 'next', min: 1 },
    { flag: '--retry.count', value: 'next', min: 1 },
    // gotestsum: `--rerun-fails[=2]` (https://github.com/gotestyourself/gotestsum#re-running-failed-tests).
    { flag: '--rerun-fails', value: 'optional', min: 1 },
    // Bazel counts attempts, not re-runs, optionally per target pattern: `--flaky_test_attempts=//foo/.*@3,2`
    // (https://bazel.build/reference/command-line-reference#flag--flaky_test_attempts).
    { flag: '--flaky_test_attempts', value: 'next', min: 2, counts: (value) => value.split(',').map((part) => part.split('@').pop()) },
    // CTest: `--repeat until-pass:<n>` and `after-timeout:<n>` count attempts; `until-fail:<n>` is a
    // stress run that fails on the first failure, so it hides nothing
    // (https://cmake.org/cmake/help/latest/manual/ctest.1.html#cmdoption-ctest-repeat).
    {
        flag: '--repeat',
        value: 'next',
        min: 2,
        counts: (value) => {
            const [mode, count] = value.split(':');
            return mode === 'until-pass' || mode === 'after-timeout' ? [count ?? ''] : undefined;
        },
    },
    { flag: '--repeat-until-pass', value: 'next', min: 2 },
    { flag: '--repeat-after-timeout', value: 'next', min: 2 },
    // https://maven.apache.org/surefire/maven-surefire-plugin/examples/rerun-failing-tests.html
    { flag: '-Dsurefire.rerunFailingTestsCount', value: 'inline', min: 1, kinds: MAVEN_KINDS },
    { flag: '-Dfailsafe.rerunFailingTestsCount', value: 'inline', min: 1, kinds: MAVEN_KINDS },
    // Microsoft.Testing.Platform's retry extension (`dotnet test`, MSTest, NUnit, xUnit runners):
    // https://learn.microsoft.com/dotnet/core/testing/microsoft-testing-platform-retry
    { flag: '--retry-failed-tests', value: 'next', min: 1 },
    // Xcode 13+: `xcodebuild test -retry-tests-on-failure [-test-iterations N]`.
    { flag: '-retry-tests-on-failure', value: 'none', min: 1 },
];
/**
 * Options that turn a test that only passed on a retry back into a failure: pytest-rerunfailures'
 * `--fail-on-flaky` (exit status 7) and Playwright's `--fail-on-flaky-tests`. With them the retry
 * reports flakiness instead of hiding it.
 */
const FAIL_ON_FLAKY = new Set(['--fail-on-flaky', '--fail-on-flaky-tests']);
const SKIP_TESTS = /^-D(skipTests|maven\.test\.skip)(=true)?$/;
/**
 * Whether a count retries: `0` (or a single attempt) is the documented way to switch retries off.
 * A count that expands something (`${{ matrix.retries }}`, `$RETRIES`) is chosen at run time; any
 * other word is not a count, and the flag is not the one we know.
 */
function settingOf(spec, flag, last, value, expands) {
    if (value === undefined)
        return { spec, flag, last, computed: false };
    const counts = spec.counts ? spec.counts(value) : [value];
    if (counts === undefined)
        return undefined;
    // Bazel's `default` defers to the targets' own `flaky` attribute: no retries are asked for here.
    const others = counts.filter((count) => !/^\d+$/.test(count) && count !== 'default');
    if (others.length > 0)
        return expands ? { spec, flag, last, computed: true } : undefined;
    const count = Math.max(...counts.filter((count) => count !== 'default').map(Number));
    return count >= spec.min ? { spec, flag, last, count, computed: false } : undefined;
}
/** `--flag N` or `--flag=N`, if this argument is the flag. */
function readFlag(spec, args, i, written) {
    const arg = args[i];
    const word = wordText(arg);
    const inlineValue = word.startsWith(`${spec.flag}=`) ? word.slice(spec.flag.length + 1) : undefined;
    if (word !== spec.flag && inlineValue === undefined)
        return undefined;
    if (spec.value === 'none')
        return inlineValue === undefined ? settingOf(spec, arg, arg, undefined, false) : undefined;
    if (inlineValue !== undefined || spec.value === 'optional')
        return settingOf(spec, arg, arg, inlineValue, written(arg).includes('$'));
    const next = args[i + 1];
    if (spec.value !== 'next' || !next || wordText(next).startsWith('-'))
        return undefined;
    return settingOf(spec, arg, next, wordText(next), written(next).includes('$'));
}
function retrySettings(command, written) {
    const args = command.childrenForFieldName('argument').filter((arg) => arg !== null);
    const words = args.map(wordText);
    if (words.some((word) => FAIL_ON_FLAKY.has(word)))
        return [];
    const kind = classify_classifyCommand(commands_argvOf(command)) ?? 'unknown';
    const specs = RETRY_FLAGS.filter((spec) => (spec.kinds ?? ['test']).includes(kind) && !(spec.kinds === MAVEN_KINDS && words.some((word) => SKIP_TESTS.test(word))));
    const found = [];
    for (let i = 0; i < args.length; i++) {
        for (const spec of specs) {
            const setting = readFlag(spec, args, i, written);
            if (setting)
                found.push(setting);
        }
    }
    return found;
}
function describe(setting, text) {
    const { count } = setting;
    if (setting.computed)
        return `\`${text}\` re-runs failing tests (a count chosen at run time)`;
    if (count === undefined)
        return `\`${text}\` re-runs failing tests`;
    return setting.spec.min === 1
        ? `\`${text}\` re-runs each failing test up to ${count} time${count === 1 ? '' : 's'}`
        : `\`${text}\` gives each failing test up to ${count} attempts`;
}
const testRerunFlags = {
    meta: {
        id: 'test-rerun-flags',
        category: 'retry-masking',
        description: 'A test runner told to re-run failing tests (`--reruns`, `--retries`, `--flaky_test_attempts`, …), so a test that passes on a retry counts as passed.',
    },
    check(ctx) {
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            const written = (node) => script.source.text.slice(node.startIndex, node.endIndex);
            for (const command of commands_commandsIn(root)) {
                for (const setting of retrySettings(command, written)) {
                    const pos = positionOf(script, setting.flag);
                    const end = positionOf(script, setting.last);
                    const text = inline(script.source.text.slice(setting.flag.startIndex, setting.last.endIndex), 60);
                    const commandLine = written(command).split('\n')[0].trim();
                    ctx.report({
                        // A retry hides flakiness, not a steady failure: a test that fails every attempt still fails the run.
                        severity: severityForKind('test', ctx.file, 'low'),
                        message: `"${inline(commandLine, 80)}": ${describe(setting, text)}, and the run passes if a re-run passes, so a flaky or intermittently broken test is reported as passing.`,
                        pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
                        job,
                        step,
                        snippet: `${commandLine} ${text}`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/pass-with-no-tests.ts





/**
 * Options that make a test runner succeed when it selects no tests, by the runner's own docs:
 * Jest and Vitest `--passWithNoTests` (https://jestjs.io/docs/cli#--passwithnotests,
 * https://vitest.dev/config/passwithnotests), Playwright `--pass-with-no-tests`
 * (https://playwright.dev/docs/test-cli), pytest-custom-exit-code `--suppress-no-test-exit-code`.
 * Nx, Angular and `npm test --` hand them on to Jest unchanged.
 */
const PASS_FLAGS = new Set(['--passWithNoTests', '--pass-with-no-tests', '--suppress-no-test-exit-code']);
/**
 * `--no-tests=<action>`: cargo-nextest passes with `pass` and with `warn`
 * (https://nexte.st/docs/running/#options-and-arguments), CTest with `ignore`
 * (https://cmake.org/cmake/help/latest/manual/ctest.1.html#cmdoption-ctest-no-tests).
 */
const PASSING_NO_TESTS_ACTIONS = new Set(['pass', 'warn', 'ignore']);
/**
 * Selecting tests by what changed is expected to select nothing on many commits — the run would
 * fail on every docs-only change without the flag — so there the flag is part of the design and is
 * reported one level lower.
 */
const CHANGE_SELECTION = new Set(['--findRelatedTests', '--onlyChanged', '--changedSince', '--lastCommit', '--changed', '--only-changed']);
/** pytest, `python -m pytest`, `py.test`, Debian's `pytest-3`, and `python -m unittest` (exit status 5 since Python 3.12). */
function exitFiveMeansNoTests(argv) {
    return argv.some((word, i) => {
        const name = word.split('/').pop();
        return name === 'pytest' || name === 'py.test' || name === 'pytest-3' || (name === 'unittest' && argv[i - 1] === '-m');
    });
}
/** A flag that passes on an empty selection: the flag node, unless it is switched off (`--passWithNoTests=false`). */
function passFlag(args, i) {
    const word = wordText(args[i]);
    const next = args[i + 1] ? wordText(args[i + 1]) : undefined;
    if (PASS_FLAGS.has(word))
        return next === 'false' ? undefined : args[i];
    const [flag, value] = word.split('=');
    if (PASS_FLAGS.has(flag))
        return value === 'false' ? undefined : args[i];
    if (flag !== '--no-tests')
        return undefined;
    return PASSING_NO_TESTS_ACTIONS.has(value ?? next ?? '') ? args[i] : undefined;
}
/** `$?` alone, bare or in double quotes. */
function isStatusRead(node) {
    if (!node)
        return false;
    const target = node.type === 'string' && node.namedChildCount === 1 ? node.namedChild(0) : node;
    return (target?.type === 'simple_expansion' && target.namedChild(0)?.type === 'special_variable_name' && target.namedChild(0)?.text === '?');
}
const EQUALS = new Set(['-eq', '=', '==']);
const isFive = (node) => node !== null && wordText(node) === '5';
/** `[ $? -eq 5 ]`, `[[ $? == 5 ]]`, `(( $? == 5 ))`, `test "$?" = 5`, or a `{ …; }` group holding one. */
function acceptsExitFive(node) {
    const target = unredirect(node);
    if (target.type === 'compound_statement' || target.type === 'subshell' || target.type === 'test_command') {
        const inner = target.namedChildren.filter((child) => child !== null && child.type !== 'comment');
        return inner.length === 1 && acceptsExitFive(inner[0]);
    }
    if (target.type === 'binary_expression') {
        const [left, operator, right] = [target.childForFieldName('left'), target.child(1), target.childForFieldName('right')];
        return EQUALS.has(operator?.text ?? '') && ((isStatusRead(left) && isFive(right)) || (isFive(left) && isStatusRead(right)));
    }
    if (target.type !== 'command' || commands_argvOf(target)[0] !== 'test')
        return false;
    const args = target.childrenForFieldName('argument');
    return (args.length === 3 &&
        EQUALS.has(wordText(args[1])) &&
        ((isStatusRead(args[0]) && isFive(args[2])) || (isFive(args[0]) && isStatusRead(args[2]))));
}
/** `pytest … || [ $? -eq 5 ]`: the list, its `||` and the test, when pytest's own status is the one compared. */
function exitFiveFallbacks(root, pipefailAt) {
    const found = [];
    for (const list of root.descendantsOfType('list')) {
        const [left, operator, right] = [list.child(0), list.child(1), list.child(2)];
        if (!left || !right || operator?.type !== '||' || !acceptsExitFive(right))
            continue;
        const runners = statusCommands(left, pipefailAt(list.startIndex)).map(commands_argvOf);
        if (runners.some((argv) => classify_classifyCommand(argv) === 'test' && exitFiveMeansNoTests(argv)))
            found.push({ list, operator, right });
    }
    return found;
}
const CONSEQUENCE = 'so a wrong path, pattern or config that matches nothing passes without running a single test';
const passWithNoTests = {
    meta: {
        id: 'pass-with-no-tests',
        category: 'scope-gap',
        description: 'A test runner told to succeed when it selects no tests (`--passWithNoTests`, `--no-tests=pass`, `pytest … || [ $? -eq 5 ]`).',
    },
    check(ctx) {
        const severity = severityForKind('test', ctx.file, 'medium');
        for (const { step, job, script, root } of posixScripts(ctx.file)) {
            // The tree holds placeholders for `${{ … }}`; messages quote the script as written.
            const written = (node) => script.source.text.slice(node.startIndex, node.endIndex);
            const writtenLine = (node) => written(node).split('\n')[0].trim();
            for (const command of commands_commandsIn(root)) {
                const args = command.childrenForFieldName('argument').filter((arg) => arg !== null);
                if (classify_classifyCommand(commands_argvOf(command)) !== 'test')
                    continue;
                const byChange = args.some((arg) => CHANGE_SELECTION.has(wordText(arg).split('=')[0]));
                for (let i = 0; i < args.length; i++) {
                    const flag = passFlag(args, i);
                    if (!flag)
                        continue;
                    const option = inline(written(flag), 40);
                    ctx.report({
                        severity: byChange ? lowerBy(severity, 1) : severity,
                        message: `"${inline(writtenLine(command), 80)}": \`${option}\` makes the run pass when it selects no tests, ${CONSEQUENCE}${byChange ? ' (with tests selected by what changed, an empty selection is also expected on many commits)' : ''}.`,
                        pos: positionOf(script, flag),
                        job,
                        step,
                        snippet: `${writtenLine(command)} ${option}`,
                    });
                }
            }
            const optionsAt = optionsTimeline(root, script.shell);
            for (const { list, operator, right } of exitFiveFallbacks(root, (offset) => optionsAt(offset).pipefail)) {
                const pos = positionOf(script, operator);
                const end = positionOf(script, right);
                ctx.report({
                    severity,
                    message: `"${inline(writtenLine(list), 80)}": "|| ${inline(writtenLine(right), 30)}" accepts exit status 5, "no tests collected", as success, ${CONSEQUENCE}.`,
                    pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
                    job,
                    step,
                    snippet: written(list),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/shell/pwsh-script.ts

const STATUS_VARIABLE = /^\$\{?(?:global:|script:)?(?:lastexitcode|\?)\}?$/i;
const LASTEXITCODE = /^\$\{?(?:global:|script:)?lastexitcode\}?$/i;
const NATIVE_PREFERENCE = /^\$\{?(?:global:)?psnativecommanduseerroractionpreference\}?$/i;
const ACTION_PREFERENCE = /^\$\{?(?:global:)?erroractionpreference\}?$/i;
/**
 * PowerShell's approved verbs (`Get-Verb`) and the unapproved ones of built-in cmdlets: a
 * `Verb-Noun` word is a cmdlet or function, never a native program. Other hyphenated words
 * (`clang-format`, `pre-commit`, `git-lfs`) are programs.
 */
const VERBS = new Set([
    'add clear close copy enter exit find format get hide join lock move new open optimize pop push redo remove rename reset resize',
    'search select set show skip split step switch undo unlock watch connect disconnect read receive send write backup checkpoint',
    'compare compress convert convertfrom convertto dismount edit expand export group import initialize limit merge mount out',
    'publish restore save sync unpublish update debug measure ping repair resolve test trace approve assert build complete confirm',
    'deny deploy disable enable install invoke register request restart resume start stop submit suspend uninstall unregister wait',
    'block grant protect revoke unblock unprotect use foreach where sort tee',
]
    .join(' ')
    .split(' '));
/**
 * Aliases of cmdlets and built-in functions. The last line exists only on Windows (elsewhere `ls`,
 * `cat` or `tee` are programs); counting them as cmdlets everywhere errs towards fewer findings.
 */
const ALIASES = new Set([
    '% ? cd chdir clc clear clhy cli clp cls clv cnsn compare copy cpi cpp cvpa dbp del diff dir echo epal epcsv erase etsn exsn',
    'fc fhx fl foreach ft fw gal gbp gc gcb gci gcm gcs gdr ghy gi gjb gl gm gmo gp gps gpv group gsn gsv gu gv h help history',
    'icm iex ihy ii ipal ipcsv ipmo irm iwr md measure mi mkdir move mp nal ndr ni nmo nsn nv ogv oh popd pushd pwd r rbp rcjb',
    'rcsn rd rdr ren ri rjb rmdir rmo rni rnp rp rsn rv rvpa sajb sal saps sasv sbp scb select set shcm si sl sls sp spjb spps',
    'spsv start sv type where wjb write',
    'ac cat cp kill ls man mount mv ps rm sleep sort tee',
]
    .join(' ')
    .split(' '));
/** Keywords that continue a statement; met on their own they are never a program. */
const CLAUSE_KEYWORDS = new Set(['else', 'elseif', 'catch', 'finally', 'until', 'in']);
/** Commands whose script block runs once per input object. */
const LOOPING_COMMANDS = new Set(['foreach-object', '%', 'foreach', 'where-object', '?', 'where']);
const KEYWORD_STATEMENTS = new Set([
    'if',
    'switch',
    'foreach',
    'for',
    'while',
    'do',
    'try',
    'function',
    'filter',
    'workflow',
    'configuration',
    'trap',
    'class',
    'enum',
    'param',
    'begin',
    'process',
    'end',
    'clean',
    'dynamicparam',
    'exit',
    'return',
    'throw',
    'break',
    'continue',
]);
// ---------------------------------------------------------------------------------------------
// Tokens
const pwsh_script_isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';
const WORD_STOP = /[\s;|&(){},<>]/;
const VARIABLE_CHAR = /[\w:]/;
/** The end of the quoted string that starts at `start` (a `'` or `"`); `"…"` may nest `$( … )` with more strings. */
function stringEnd(src, start) {
    const quote = src[start];
    let i = start + 1;
    while (i < src.length) {
        const ch = src[i];
        if (quote === '"' && ch === '`') {
            i += 2;
        }
        else if (ch === quote) {
            if (src[i + 1] !== quote)
                return i + 1;
            i += 2;
        }
        else if (quote === '"' && ch === '$' && src[i + 1] === '(') {
            i = groupEnd(src, i + 1);
        }
        else {
            i++;
        }
    }
    return src.length;
}
/** The end of the bracketed group whose opening bracket is at `open`, stepping over strings. */
function groupEnd(src, open) {
    const opening = src[open];
    const closing = opening === '(' ? ')' : opening === '[' ? ']' : '}';
    let depth = 0;
    let i = open;
    while (i < src.length) {
        const ch = src[i];
        if (ch === "'" || ch === '"') {
            i = stringEnd(src, i);
            continue;
        }
        if (ch === opening)
            depth++;
        else if (ch === closing && --depth === 0)
            return i + 1;
        i++;
    }
    return src.length;
}
/** A here-string (`@'` or `@"` ending its line) runs to a line that starts with the quote and `@`. */
function hereStringEnd(src, start) {
    const quote = src[start + 1];
    let i = start + 2;
    while (pwsh_script_isSpace(src[i]))
        i++;
    if (i < src.length && src[i] !== '\n')
        return undefined;
    while (i < src.length) {
        const lineStart = i + 1;
        let j = lineStart;
        while (pwsh_script_isSpace(src[j]))
            j++;
        if (src[j] === quote && src[j + 1] === '@')
            return j + 2;
        const next = src.indexOf('\n', lineStart);
        if (next === -1)
            break;
        i = next;
    }
    return src.length;
}
function pwsh_script_unquote(text) {
    if (text.startsWith("'"))
        return text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined).replace(/''/g, "'");
    return text
        .slice(1, text.endsWith('"') && text.length > 1 ? -1 : undefined)
        .replace(/`(.)/g, '$1')
        .replace(/""/g, '"');
}
function tokenize(src, comments) {
    const tokens = [];
    const push = (kind, start, end, value = src.slice(start, end)) => {
        tokens.push({ kind, text: src.slice(start, end), value, start, end });
    };
    let i = 0;
    while (i < src.length) {
        const ch = src[i];
        const next = src[i + 1];
        if (ch === '\n') {
            push('newline', i, i + 1);
            i++;
        }
        else if (pwsh_script_isSpace(ch)) {
            i++;
        }
        else if (ch === '`' && (next === '\n' || (next === '\r' && src[i + 2] === '\n'))) {
            // A backtick at the end of a line continues the statement on the next one.
            i += next === '\n' ? 2 : 3;
        }
        else if (ch === '#') {
            const end = src.indexOf('\n', i);
            comments.push({ start: i, bodyStart: i + 1, end: end === -1 ? src.length : end });
            i = end === -1 ? src.length : end;
        }
        else if (ch === '<' && next === '#') {
            const end = src.indexOf('#>', i + 2);
            comments.push({ start: i, bodyStart: i + 2, end: end === -1 ? src.length : end });
            i = end === -1 ? src.length : end + 2;
        }
        else if (ch === '@' && (next === '"' || next === "'") && hereStringEnd(src, i) !== undefined) {
            const end = hereStringEnd(src, i);
            push('string', i, end, '');
            i = end;
        }
        else if (ch === "'" || ch === '"') {
            const end = stringEnd(src, i);
            push('string', i, end, pwsh_script_unquote(src.slice(i, end)));
            i = end;
        }
        else if (ch === '$' && next === '(') {
            push('open', i, i + 2);
            i += 2;
        }
        else if (ch === '$' && next === '{') {
            const end = src.indexOf('}', i);
            const stop = end === -1 ? src.length : end + 1;
            push('variable', i, stop);
            i = stop;
        }
        else if (ch === '$' && next !== undefined && (VARIABLE_CHAR.test(next) || next === '?' || next === '$' || next === '^')) {
            let end = i + 2;
            if (VARIABLE_CHAR.test(next))
                while (end < src.length && VARIABLE_CHAR.test(src[end]))
                    end++;
            push('variable', i, end);
            i = end;
        }
        else if (ch === '@' && (next === '(' || next === '{')) {
            push('open', i, i + 2);
            i += 2;
        }
        else if (ch === '(' || ch === '{') {
            push('open', i, i + 1);
            i++;
        }
        else if (ch === ')' || ch === '}') {
            push('close', i, i + 1);
            i++;
        }
        else if (ch === '[') {
            const end = groupEnd(src, i);
            push('type', i, end);
            i = end;
        }
        else if (ch === ';') {
            push('semicolon', i, i + 1);
            i++;
        }
        else if (ch === '|') {
            const double = next === '|';
            push(double ? 'or' : 'pipe', i, i + (double ? 2 : 1));
            i += double ? 2 : 1;
        }
        else if (ch === '&') {
            const double = next === '&';
            push(double ? 'and' : 'amp', i, i + (double ? 2 : 1));
            i += double ? 2 : 1;
        }
        else if (ch === ',') {
            push('comma', i, i + 1);
            i++;
        }
        else if (ch === '=' || (/[+\-*/%]/.test(ch) && next === '=')) {
            const end = ch === '=' ? i + 1 : i + 2;
            push('assign', i, end);
            i = end;
        }
        else if (ch === '>' || ch === '<' || (/[\d*]/.test(ch) && next === '>')) {
            // `>`, `>>`, `2>`, `2>&1`, `*>&1`
            let end = i + (ch === '>' || ch === '<' ? 1 : 2);
            if (src[end] === '>')
                end++;
            if (src[end] === '&' && /\d/.test(src[end + 1] ?? ''))
                end += 2;
            push('redirect', i, end);
            i = end;
        }
        else {
            let value = '';
            let end = i;
            while (end < src.length) {
                const c = src[end];
                if (c === '`') {
                    if (src[end + 1] === undefined || src[end + 1] === '\n' || src[end + 1] === '\r')
                        break;
                    value += src[end + 1];
                    end += 2;
                }
                else if (c === "'" || c === '"') {
                    const close = stringEnd(src, end);
                    value += pwsh_script_unquote(src.slice(end, close));
                    end = close;
                }
                else if (WORD_STOP.test(c) || (c === '$' && end > i && /[\w?{(:]/.test(src[end + 1] ?? ''))) {
                    break;
                }
                else {
                    value += c;
                    end++;
                }
            }
            if (end === i)
                end++;
            push('word', i, end, value);
            i = end;
        }
    }
    return tokens;
}
// ---------------------------------------------------------------------------------------------
// Statements
const isTerminator = (token) => !token || token.kind === 'newline' || token.kind === 'semicolon' || token.kind === 'close';
const ends = (token) => isTerminator(token) || token.kind === 'pipe' || token.kind === 'and' || token.kind === 'or';
const isOpen = (token, text) => token?.kind === 'open' && token.text === text;
class Reader {
    tokens;
    functions;
    events = [];
    i = 0;
    frames = [];
    chains = 0;
    position = { chain: 0, link: 0, op: undefined };
    constructor(tokens, functions) {
        this.tokens = tokens;
        this.functions = functions;
    }
    script() {
        while (this.i < this.tokens.length) {
            const token = this.tokens[this.i];
            // A stray closing bracket at top level: step over it rather than stop reading.
            if (token.kind === 'newline' || token.kind === 'semicolon' || token.kind === 'close')
                this.i++;
            else
                this.progress();
        }
    }
    /** Reads a statement, and makes sure it consumed something, so malformed input cannot stall the reader. */
    progress() {
        const before = this.i;
        this.statement();
        if (this.i === before)
            this.i++;
    }
    peek(offset = 0) {
        return this.tokens[this.i + offset];
    }
    keywordAt(offset = 0) {
        const token = this.peek(offset);
        return token?.kind === 'word' ? token.value.toLowerCase() : '';
    }
    lastEnd() {
        return this.tokens[this.i - 1]?.end ?? 0;
    }
    place(start, end) {
        return { start, end, frames: [...this.frames], ...this.position };
    }
    emit(event) {
        this.events.push(event);
    }
    skipNewlines() {
        while (this.peek()?.kind === 'newline')
            this.i++;
    }
    /** Statements up to the closing bracket of the block just opened (consumed). */
    block() {
        for (;;) {
            const token = this.peek();
            if (!token)
                return;
            if (token.kind === 'close') {
                this.i++;
                return;
            }
            if (token.kind === 'newline' || token.kind === 'semicolon')
                this.i++;
            else
                this.progress();
        }
    }
    inFrame(kind, start, body, extra = {}) {
        const frame = { kind, start, end: start, ...extra };
        this.frames.push(frame);
        const saved = this.position;
        body();
        this.position = saved;
        this.frames.pop();
        frame.end = this.lastEnd();
    }
    /** A `{ … }` block in a frame of its own, if one follows. */
    braces(kind, extra = {}) {
        this.skipNewlines();
        const open = this.peek();
        if (!isOpen(open, '{'))
            return;
        this.inFrame(kind, open.start, () => {
            this.i++;
            this.block();
        }, extra);
    }
    /** A `( … )` group (a condition, a loop header, a subexpression), run in place. */
    parens() {
        const open = this.peek();
        if (open?.kind !== 'open' || open.text.endsWith('{'))
            return;
        this.inFrame('group', open.start, () => {
            this.i++;
            this.block();
        });
    }
    /** Steps over a bracketed group without reading it: hashtables and `param( … )` hold data. */
    skipGroup() {
        let depth = 0;
        do {
            const token = this.peek();
            if (!token)
                return;
            if (token.kind === 'open')
                depth++;
            else if (token.kind === 'close')
                depth--;
            this.i++;
        } while (depth > 0);
    }
    statement() {
        const keyword = this.keywordAt();
        const start = this.peek().start;
        if (KEYWORD_STATEMENTS.has(keyword)) {
            switch (keyword) {
                case 'if':
                    return this.ifStatement();
                case 'switch':
                    return this.switchStatement();
                case 'foreach':
                case 'for':
                case 'while':
                    if (isOpen(this.peek(1), '('))
                        return this.loop();
                    break;
                case 'do':
                    if (isOpen(this.peek(1), '{'))
                        return this.doLoop();
                    break;
                case 'try':
                    return this.tryStatement();
                case 'function':
                case 'filter':
                case 'workflow':
                case 'configuration':
                case 'trap':
                case 'class':
                case 'enum':
                    return this.definition();
                case 'param':
                    this.i++;
                    if (this.peek()?.kind === 'open')
                        this.skipGroup();
                    return;
                case 'begin':
                case 'process':
                case 'end':
                case 'clean':
                case 'dynamicparam':
                    if (!isOpen(this.peek(1), '{'))
                        break;
                    this.i++;
                    this.braces('body');
                    return;
                case 'exit':
                case 'return':
                    return this.exit(keyword, start);
                case 'throw':
                    this.i++;
                    this.emit({ type: 'throw', ...this.place(start, this.lastEnd()) });
                    this.arguments(undefined);
                    return;
                case 'break':
                case 'continue':
                    this.i++;
                    this.arguments(undefined);
                    return;
            }
        }
        this.chain(false);
    }
    ifStatement() {
        const chain = ++this.chains;
        this.i++;
        this.parens();
        this.braces('branch', { chain });
        for (;;) {
            const saved = this.i;
            this.skipNewlines();
            const keyword = this.keywordAt();
            if (keyword !== 'elseif' && keyword !== 'else') {
                this.i = saved;
                return;
            }
            // An `elseif` condition is evaluated only when the branches before it were not taken.
            this.inFrame('branch', this.peek().start, () => {
                this.i++;
                if (keyword === 'elseif')
                    this.parens();
                this.braces('body');
            }, { chain });
        }
    }
    switchStatement() {
        const chain = ++this.chains;
        this.i++;
        // Options (-Regex, -File path) and the value, up to the clauses.
        while (this.peek() && !isOpen(this.peek(), '{') && this.peek().kind !== 'newline') {
            if (isOpen(this.peek(), '(') || isOpen(this.peek(), '$('))
                this.parens();
            else
                this.i++;
        }
        this.skipNewlines();
        if (!isOpen(this.peek(), '{'))
            return;
        this.i++;
        for (;;) {
            const token = this.peek();
            if (!token)
                return;
            if (token.kind === 'close') {
                this.i++;
                return;
            }
            if (isOpen(token, '{'))
                this.braces('branch', { chain });
            else if (token.kind === 'open')
                this.parens();
            else
                this.i++; // a pattern: 'text', 42, default
        }
    }
    loop() {
        this.i++;
        const before = this.events.length;
        this.parens();
        // while/for re-evaluate their header after every pass: a status read there checks the body.
        const conditionReadsStatus = this.events.slice(before).some((event) => event.type === 'status-read');
        this.braces('loop', { conditionReadsStatus });
    }
    doLoop() {
        this.inFrame('loop', this.peek().start, () => {
            this.i++;
            this.braces('body');
            this.skipNewlines();
            const keyword = this.keywordAt();
            if (keyword === 'while' || keyword === 'until') {
                this.i++;
                this.parens();
            }
        });
    }
    tryStatement() {
        this.i++;
        this.braces('try');
        for (;;) {
            const saved = this.i;
            this.skipNewlines();
            const keyword = this.keywordAt();
            if (keyword === 'catch') {
                this.i++;
                while (this.peek()?.kind === 'type' || this.peek()?.kind === 'comma')
                    this.i++;
                this.braces('catch');
            }
            else if (keyword === 'finally') {
                this.i++;
                this.braces('finally');
            }
            else {
                this.i = saved;
                return;
            }
        }
    }
    definition() {
        this.i++;
        // The name, parameters or base class, up to the body.
        while (this.peek() && !isOpen(this.peek(), '{') && this.peek().kind !== 'newline') {
            if (this.peek().kind === 'open')
                this.skipGroup();
            else
                this.i++;
        }
        this.braces('definition');
    }
    exit(keyword, start) {
        this.i++;
        const value = this.peek();
        let code = 'failure';
        // `return` hands back output, not an exit code.
        if (keyword === 'return' || ends(value))
            code = 'none';
        else if (value.kind === 'word' && value.value === '0' && ends(this.peek(1)))
            code = 'success';
        this.emit({ type: 'exit', code, ...this.place(start, value && !ends(value) ? value.end : this.lastEnd()) });
        this.arguments(undefined);
    }
    /** `a && b || c`: pipelines joined by PowerShell 7's chain operators. */
    chain(captured) {
        const saved = this.position;
        this.position = { chain: ++this.chains, link: 0, op: undefined };
        for (;;) {
            this.pipeline(captured);
            const token = this.peek();
            if (token?.kind !== 'and' && token?.kind !== 'or')
                break;
            this.i++;
            this.skipNewlines();
            this.position = { ...this.position, link: this.position.link + 1, op: token.kind === 'and' ? '&&' : '||' };
        }
        // A trailing `&` runs the pipeline as a background job.
        if (this.peek()?.kind === 'amp')
            this.i++;
        this.position = saved;
    }
    pipeline(captured) {
        let leads = true;
        for (;;) {
            this.element(captured, leads);
            leads = false;
            if (this.peek()?.kind === 'pipe') {
                this.i++;
                this.skipNewlines();
                continue;
            }
            // A line that starts with `|` continues the pipeline (PowerShell 7.2+).
            let k = 0;
            while (this.peek(k)?.kind === 'newline')
                k++;
            if (k > 0 && this.peek(k)?.kind === 'pipe') {
                this.i += k + 1;
                this.skipNewlines();
                continue;
            }
            return;
        }
    }
    /** Whether the tokens ahead are an assignment target (`$x`, `$env:X`, `[int]$x`, `$a.B`, `$a, $b`) and `=`. */
    assignmentAhead() {
        let k = 0;
        let sawVariable = false;
        for (;;) {
            const token = this.peek(k);
            if (!token)
                return undefined;
            if (token.kind === 'variable')
                sawVariable = true;
            else if (token.kind === 'assign')
                return sawVariable ? k : undefined;
            else if (!(token.kind === 'type' || token.kind === 'comma' || (token.kind === 'word' && token.value.startsWith('.'))))
                return undefined;
            k++;
        }
    }
    element(captured, leads) {
        const token = this.peek();
        if (!token || ends(token))
            return;
        // `cmd || exit 1`, `cmd || throw "failed"`: the statements PowerShell 7 allows in a chain.
        const keyword = this.keywordAt();
        if (keyword === 'exit' || keyword === 'return' || keyword === 'throw')
            return this.statement();
        const assign = this.assignmentAhead();
        if (assign !== undefined)
            return this.assignment(assign);
        if (token.kind === 'amp') {
            // The call operator runs what follows: a program path, a variable holding one, or a script block.
            this.i++;
            const target = this.peek();
            if (isOpen(target, '{')) {
                this.braces('scriptblock');
                this.arguments(undefined);
            }
            else if (target && !ends(target)) {
                this.command(target, true, captured, leads, token.start);
            }
            return;
        }
        if (token.kind === 'word' && this.isCommandName(token.value)) {
            // Dot-sourcing runs a script in the current scope; it is PowerShell code, not a native program.
            const dotSourced = token.value === '.';
            const name = dotSourced ? this.peek(1) : token;
            if (dotSourced)
                this.i++;
            if (!name || ends(name))
                return;
            this.command(name, !dotSourced && this.isNative(name.value), captured, leads, token.start);
            return;
        }
        this.arguments(undefined);
    }
    assignment(assignAt) {
        const target = this.tokens.slice(this.i, this.i + assignAt).find((token) => token.kind === 'variable');
        const value = this.peek(assignAt + 1);
        const place = this.place(target.start, value?.end ?? target.end);
        if (LASTEXITCODE.test(target.text))
            this.emit({ type: 'status-write', ...place });
        if (NATIVE_PREFERENCE.test(target.text))
            this.emit({ type: 'preference', name: 'native', stops: /^\$true$|^1$/i.test(value?.text ?? ''), ...place });
        if (ACTION_PREFERENCE.test(target.text))
            this.emit({
                type: 'preference',
                name: 'action',
                stops: /stop/i.test(value?.text ?? '') && !/continue/i.test(value?.text ?? ''),
                ...place,
            });
        for (let k = 0; k < assignAt; k++) {
            this.readVariable(this.peek());
            this.i++;
        }
        this.i++;
        this.skipNewlines();
        // `$x = if (…) { … }`: the value of a statement.
        if (KEYWORD_STATEMENTS.has(this.keywordAt()) && this.keywordAt() !== 'param') {
            this.statement();
            return;
        }
        this.pipeline(true);
    }
    command(name, native, captured, leads, start = name.start) {
        const inGroup = this.frames.some((frame) => frame.kind === 'group');
        const event = {
            type: 'command',
            argv: [name.value],
            native,
            captured: captured || inGroup,
            leads,
            ...this.place(start, name.end),
        };
        this.emit(event);
        // `& (Join-Path $dir tool.exe) …`: the program is computed by the group.
        if (name.kind === 'open') {
            this.parens();
        }
        else {
            this.readVariable(name);
            this.i++;
        }
        this.arguments(event, name.value.toLowerCase());
        event.end = Math.max(event.end, this.lastEnd());
    }
    /** The rest of a pipeline element: arguments, redirections, nested groups and script blocks. */
    arguments(command, name = '') {
        for (;;) {
            const token = this.peek();
            if (!token || ends(token) || token.kind === 'amp')
                return;
            if (token.kind === 'open') {
                if (token.text === '@{')
                    this.skipGroup();
                else if (token.text === '{')
                    this.braces(LOOPING_COMMANDS.has(name) ? 'loop' : 'scriptblock');
                else
                    this.parens();
                continue;
            }
            if (token.kind === 'redirect') {
                this.i++;
                if (!token.text.includes('&') && !ends(this.peek()) && this.peek().kind !== 'open')
                    this.i++;
                continue;
            }
            this.readVariable(token);
            if (command && (token.kind === 'word' || token.kind === 'string' || token.kind === 'variable'))
                command.argv.push(token.value);
            this.i++;
        }
    }
    readVariable(token) {
        if (token.kind === 'variable' && STATUS_VARIABLE.test(token.text))
            this.emit({ type: 'status-read', ...this.place(token.start, token.end) });
    }
    /** A word in command position names a command unless it is a number, an operator or a parameter. */
    isCommandName(word) {
        return word === '.' || (/^[\w.~\\/]/.test(word) && !/^[\d.]+$/.test(word) && !/^\d+\.\.\d+$/.test(word));
    }
    isNative(word) {
        const name = word.toLowerCase();
        if (KEYWORD_STATEMENTS.has(name) || CLAUSE_KEYWORDS.has(name) || ALIASES.has(name) || this.functions.has(name))
            return false;
        if (/[\\/]/.test(name) || /\.(exe|com|cmd|bat|ps1)$/.test(name))
            return true;
        const verb = /^([a-z]+)-[a-z]/.exec(name)?.[1];
        return !(verb && VERBS.has(verb));
    }
}
/** Names of the functions and filters a script defines: calling them runs PowerShell, not a program. */
function definedFunctions(tokens) {
    const names = new Set();
    tokens.forEach((token, i) => {
        const next = tokens[i + 1];
        if (token.kind === 'word' && /^(function|filter)$/i.test(token.value) && next?.kind === 'word')
            names.add(next.value.toLowerCase());
    });
    return names;
}
/** Reads a PowerShell script; `${{ }}` expressions are masked first so offsets stay exact. */
function readPowerShell(script) {
    const comments = [];
    const tokens = tokenize(maskExpressions(script), comments);
    const reader = new Reader(tokens, definedFunctions(tokens));
    reader.script();
    return { events: reader.events.sort((a, b) => a.start - b.start), comments };
}
/** The text of an event as one line: backtick continuations joined, blanks collapsed. */
function commandText(script, event) {
    return script
        .slice(event.start, event.end)
        .replace(/`\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Where the first line of an event ends: findings point at that line. */
function lineEnd(script, event) {
    const newline = script.indexOf('\n', event.start);
    return Math.min(event.end, newline === -1 ? script.length : newline);
}

;// CONCATENATED MODULE: ./src/rules/pwsh-native-exit-ignored.ts





/** Frames whose code may or may not run: an `exit` or `throw` there does not end every run. */
const CONDITIONAL = new Set(['branch', 'loop', 'catch', 'scriptblock']);
/** Whether `event`, written after `command`, can run after it: not in a sibling branch, a `catch`, or a function body. */
function runsAfter(event, command) {
    return event.frames.every((frame) => command.frames.includes(frame) ||
        (frame.kind !== 'definition' &&
            frame.kind !== 'catch' &&
            !(frame.kind === 'branch' && command.frames.some((own) => own.kind === 'branch' && own.chain === frame.chain))));
}
/** The first thing after a failing `command` that overwrites its exit code unread, if any. */
function maskOf(command, events) {
    const loop = command.frames.findLast((frame) => frame.kind === 'loop');
    if (loop?.conditionReadsStatus)
        return undefined;
    let pastAnd = false;
    for (const event of events) {
        if (event.start < command.end)
            continue;
        // The next pass of the loop runs the command again and overwrites its status.
        if (loop && event.start >= loop.end)
            return { loop: true };
        if (!runsAfter(event, command))
            continue;
        // `cmd && next` runs `next` only when cmd succeeded; a `||` after it runs on failure.
        if (event.chain === command.chain && event.link > command.link) {
            if (event.op === '||')
                pastAnd = true;
            if (!pastAnd)
                continue;
        }
        const conditional = event.frames.some((frame) => !command.frames.includes(frame) && CONDITIONAL.has(frame.kind));
        switch (event.type) {
            case 'status-read':
                return undefined;
            case 'status-write':
                return { event };
            case 'command':
                if (event.native)
                    return { event };
                break;
            case 'exit':
                if (!conditional)
                    return event.code === 'success' ? { event } : undefined;
                break;
            case 'throw':
                if (!conditional)
                    return undefined;
                break;
            case 'preference':
                break;
        }
    }
    return loop ? { loop: true } : undefined;
}
/**
 * With `$PSNativeCommandUseErrorActionPreference = $true` (PowerShell 7.3+) a failing native
 * command raises an error, which `$ErrorActionPreference = 'stop'` turns into a failed step.
 * Windows PowerShell 5.1 (`shell: powershell`) has no such preference. The runner sets 'stop'
 * only for `run:` scripts; actions that run a script input leave PowerShell's default.
 * https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_preference_variables#psnativecommanduseerroractionpreference
 */
function nativeFailuresStop(events, offset, script) {
    const program = script.shell.description.trim().split(/\s+/)[0].split(/[\\/]/).pop().toLowerCase();
    if (program === 'powershell' || program === 'powershell.exe')
        return false;
    let native = false;
    let action = script.origin === 'run';
    for (const event of events) {
        if (event.start >= offset)
            break;
        if (event.type !== 'preference')
            continue;
        if (event.name === 'native')
            native = event.stops;
        else
            action = event.stops;
    }
    return native && action;
}
function whatMasks(mask, script) {
    if ('loop' in mask)
        return 'it runs in a loop, and each pass overwrites the exit code of the one before';
    const { event } = mask;
    const text = `"${inline(commandText(script.source.text, event), 50)}" (line ${script.source.at(event.start).line})`;
    if (event.type === 'exit')
        return `${text} ends the script with success`;
    if (event.type === 'status-write')
        return `${text} overwrites its exit code`;
    return `${text} runs after it without a $LASTEXITCODE check`;
}
/** A failed build usually makes a later step fail in its place, so it is rarely silent for long. */
const severityCap = (kind) => (kind === 'build' ? 'medium' : 'high');
/**
 * Whether a native command after a build may use what it built (`cmake --build` … `ctest`, or
 * running the built program): then a failed build makes that command fail, and the step with it.
 */
function consumedLater(build, events) {
    return events.some((event) => {
        return event.type === 'command' && event.native && event.start >= build.end && runsAfter(event, build) && mayUseBuildOutput(event.argv);
    });
}
const pwshNativeExitIgnored = {
    meta: {
        id: 'pwsh-native-exit-ignored',
        category: 'soft-fail',
        description: 'A check run by a native program in a PowerShell script whose exit code a later command overwrites before anyone reads it.',
    },
    check(ctx) {
        for (const { step, job, script } of scriptsIn(ctx.file, 'pwsh')) {
            const events = script.pwsh?.events ?? [];
            for (const command of events) {
                if (command.type !== 'command' || !command.native || command.captured || !command.leads)
                    continue;
                if (command.frames.some((frame) => frame.kind === 'definition'))
                    continue;
                const kind = classify_classifyCommand(command.argv);
                if (!isVerdict(kind))
                    continue;
                if (kind === 'build' && consumedLater(command, events))
                    continue;
                if (nativeFailuresStop(events, command.start, script))
                    continue;
                const mask = maskOf(command, events);
                if (!mask)
                    continue;
                const text = commandText(script.source.text, command);
                const start = script.source.at(command.start);
                const end = script.source.at(lineEnd(script.source.text, command));
                ctx.report({
                    severity: severityForKind(kind, ctx.file, severityCap(kind)),
                    message: `"${inline(text, 80)}": when ${describeKind(kind, 'command')} fails, the step still passes — ` +
                        `PowerShell fails a step only on the exit code of its last native command, and ${whatMasks(mask, script)}.`,
                    pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
                    job,
                    step,
                    snippet: text,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/shell/cmd-script.ts

const isBlank = (ch) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';
class CmdReader {
    src;
    events = [];
    comments = [];
    operators = new Map();
    i = 0;
    depth = 0;
    frames = [];
    path = [];
    statement = 0;
    chains = 0;
    branches = 0;
    last;
    pipedIn = false;
    constructor(src) {
        this.src = src;
    }
    script() {
        while (this.i < this.src.length) {
            this.skipBlank(true);
            if (this.i >= this.src.length)
                return;
            // A stray `)` at top level is an ordinary character to cmd; step over it.
            if (this.src[this.i] === ')') {
                this.i++;
                continue;
            }
            this.statement++;
            this.progress(() => this.chain());
        }
    }
    /** Runs `read` and makes sure it consumed something, so malformed input cannot stall the reader. */
    progress(read) {
        const before = this.i;
        read();
        if (this.i === before)
            this.i++;
    }
    skipBlank(newlines) {
        for (;;) {
            const ch = this.src[this.i];
            if (isBlank(ch) || (newlines && ch === '\n'))
                this.i++;
            // `^` at the end of a line continues the command on the next one.
            else if (ch === '^' && this.src[this.i + 1] === '\n')
                this.i += 2;
            else if (ch === '^' && this.src[this.i + 1] === '\r' && this.src[this.i + 2] === '\n')
                this.i += 3;
            else
                return;
        }
    }
    /** Skips the rest of the line, recording it as a comment when its marker is `marker` characters long. */
    comment(marker) {
        const start = this.i;
        this.skipLine();
        if (marker !== undefined)
            this.comments.push({ start, bodyStart: Math.min(start + marker, this.i), end: this.i });
    }
    skipLine() {
        const end = this.src.indexOf('\n', this.i);
        this.i = end === -1 ? this.src.length : end;
    }
    atCommandEnd() {
        const ch = this.src[this.i];
        return ch === undefined || ch === '\n' || ch === '&' || ch === '|' || (ch === ')' && this.depth > 0);
    }
    word() {
        this.skipBlank(false);
        const start = this.i;
        let value = '';
        let quoted = false;
        while (this.i < this.src.length) {
            const ch = this.src[this.i];
            if (ch === '"') {
                quoted = !quoted;
                this.i++;
                continue;
            }
            if (quoted) {
                if (ch === '\n')
                    break;
                value += ch;
                this.i++;
                continue;
            }
            if (ch === '^') {
                const next = this.src[this.i + 1];
                if (next === '\n')
                    this.i += 2;
                else if (next === '\r' && this.src[this.i + 2] === '\n')
                    this.i += 3;
                else {
                    value += next ?? '';
                    this.i += 2;
                }
                continue;
            }
            if (isBlank(ch) || ch === '\n' || ch === '&' || ch === '|' || ch === '<' || ch === '>' || (ch === ')' && this.depth > 0))
                break;
            value += ch;
            this.i++;
        }
        return this.i > start ? { raw: this.src.slice(start, this.i), value, start, end: this.i } : undefined;
    }
    peekWord() {
        const saved = this.i;
        const word = this.word();
        this.i = saved;
        return word?.value.toLowerCase() ?? '';
    }
    /** `>`, `>>`, `<`, `2>`, `2>&1` and the file they name. */
    redirection() {
        const match = /^\d?(?:>>?|<)(&\d)?/.exec(this.src.slice(this.i, this.i + 6));
        if (!match)
            return false;
        this.i += match[0].length;
        if (!match[1])
            this.word();
        return true;
    }
    redirections() {
        for (;;) {
            this.skipBlank(false);
            if (!this.redirection())
                return;
        }
    }
    place(start, end) {
        return { start, end, frames: [...this.frames], path: this.path.map((link) => ({ ...link })), statement: this.statement };
    }
    inFrame(kind, read, chain) {
        const frame = { kind, start: this.i, end: this.i, chain };
        this.frames.push(frame);
        read();
        this.frames.pop();
        frame.end = this.i;
    }
    /** `( … )`: lines up to the matching parenthesis. */
    block(kind, chain) {
        this.inFrame(kind, () => {
            this.i++;
            this.depth++;
            for (;;) {
                this.skipBlank(true);
                if (this.i >= this.src.length)
                    break;
                if (this.src[this.i] === ')') {
                    this.i++;
                    break;
                }
                this.progress(() => this.chain());
            }
            this.depth--;
        }, chain);
    }
    /** Commands joined by `&`, `&&`, `||` and `|`, up to the end of the line (or of the block). */
    chain() {
        const chain = ++this.chains;
        const operators = [undefined];
        this.operators.set(chain, operators);
        this.path.push({ chain, link: 0 });
        for (;;) {
            this.unit();
            this.skipBlank(false);
            const ch = this.src[this.i];
            const next = this.src[this.i + 1];
            if (ch === '|' && next !== '|') {
                if (this.last)
                    this.last.piped = 'left';
                this.pipedIn = true;
                this.i++;
                continue;
            }
            const operator = ch === '&' ? (next === '&' ? '&&' : '&') : ch === '|' ? '||' : undefined;
            if (!operator)
                break;
            this.i += operator.length;
            operators.push(operator);
            this.path[this.path.length - 1].link++;
        }
        this.path.pop();
    }
    unit() {
        this.skipBlank(false);
        while (this.src[this.i] === '@') {
            this.i++;
            this.skipBlank(false);
        }
        if (this.atCommandEnd())
            return;
        const ch = this.src[this.i];
        if (ch === '(') {
            this.block('group');
            this.redirections();
            return;
        }
        // A label (`:build`) or the `::` comment idiom.
        if (ch === ':')
            return this.comment(this.src[this.i + 1] === ':' ? 2 : undefined);
        const name = this.peekWord();
        // `rem` hides the rest of the line, `&` and `|` included.
        if (name === 'rem' || /^rem[.:/\\(]/.test(name))
            return this.comment(3);
        if (name === 'if')
            return this.ifCommand();
        if (name === 'for')
            return this.forCommand();
        this.simple();
    }
    ifCommand() {
        this.word();
        let word = this.word();
        while (word && /^(\/i|not)$/i.test(word.value))
            word = this.word();
        if (!word)
            return;
        const condition = [word];
        const keyword = word.value.toLowerCase();
        if (keyword === 'errorlevel') {
            this.events.push({ type: 'status-read', runtime: true, ...this.place(word.start, word.end) });
            condition.push(...this.words(1));
        }
        else if (keyword === 'exist' || keyword === 'defined' || keyword === 'cmdextversion') {
            condition.push(...this.words(1));
        }
        else if (word.raw.endsWith('==')) {
            condition.push(...this.words(1));
        }
        else if (!word.raw.includes('==')) {
            const operator = this.word();
            if (operator) {
                condition.push(operator);
                if (operator.raw === '==' || /^(equ|neq|lss|leq|gtr|geq)$/i.test(operator.raw))
                    condition.push(...this.words(1));
            }
        }
        for (const part of condition)
            this.expansions(part);
        const chain = ++this.branches;
        this.clause(chain);
        // `else` follows the closing parenthesis of the first branch, on the same line.
        const saved = this.i;
        this.skipBlank(false);
        if (this.peekWord() === 'else') {
            this.word();
            this.clause(chain);
        }
        else {
            this.i = saved;
        }
    }
    words(count) {
        const found = [];
        for (let k = 0; k < count; k++) {
            const word = this.word();
            if (word)
                found.push(word);
        }
        return found;
    }
    /** The command an `if` runs: a block, or the rest of the line. */
    clause(chain) {
        this.skipBlank(false);
        if (this.src[this.i] === '(') {
            this.block('branch', chain);
            this.redirections();
        }
        else {
            this.inFrame('branch', () => this.chain(), chain);
        }
    }
    forCommand() {
        this.word();
        // Options, the variable and `in`; the set in parentheses runs (for /f) in a child cmd, not here.
        for (let k = 0; k < 6; k++) {
            const word = this.word();
            if (!word || word.value.toLowerCase() === 'in')
                break;
        }
        this.skipBlank(false);
        if (this.src[this.i] === '(')
            this.skipSet();
        if (this.peekWord() !== 'do')
            return;
        this.word();
        this.skipBlank(false);
        if (this.src[this.i] === '(')
            this.block('loop');
        else
            this.inFrame('loop', () => this.chain());
    }
    skipSet() {
        let quoted = false;
        for (this.i++; this.i < this.src.length; this.i++) {
            const ch = this.src[this.i];
            if (ch === '"')
                quoted = !quoted;
            else if (ch === ')' && !quoted) {
                this.i++;
                return;
            }
        }
    }
    simple() {
        const words = [];
        for (;;) {
            this.skipBlank(false);
            if (this.atCommandEnd())
                break;
            if (this.redirection())
                continue;
            const word = this.word();
            if (word)
                words.push(word);
            else
                this.i++;
        }
        const [first] = words;
        if (!first)
            return;
        let argv = words.map((word) => word.value);
        const called = argv[0].toLowerCase() === 'call';
        if (called)
            argv = argv.slice(1);
        // `#` starts no comment in cmd: such a line fails as an unknown command, which keeps a failure failing.
        if (argv.length === 0 || argv[0].startsWith('#'))
            return;
        // The words are expanded before the command runs (`set RC=%ERRORLEVEL%` reads, then sets).
        // What echo prints is text, not a check of the status.
        if (!isEcho(argv[0]))
            for (const word of words)
                this.expansions(word, first.start);
        const command = { type: 'command', argv, called, ...this.place(first.start, words.at(-1).end) };
        if (this.pipedIn)
            command.piped = 'right';
        this.pipedIn = false;
        this.events.push(command);
        this.last = command;
    }
    expansions(word, at = word.start) {
        if (/%errorlevel%/i.test(word.raw))
            this.events.push({ type: 'status-read', runtime: false, ...this.place(at, word.end) });
        if (/!errorlevel!/i.test(word.raw))
            this.events.push({ type: 'status-read', runtime: true, ...this.place(at, word.end) });
    }
}
/** `echo`, `echo.`, `echo:` — cmd reads all of them as echo. */
const isEcho = (word) => /^echo($|[.:(/\\,;=+[\]])/i.test(word);
/** Reads a cmd script; `${{ }}` expressions are masked first so offsets stay exact. */
function readCmd(script) {
    const reader = new CmdReader(maskExpressions(script));
    reader.script();
    return { events: reader.events.sort((a, b) => a.start - b.start), operators: reader.operators, comments: reader.comments };
}
/**
 * Internal commands that leave ERRORLEVEL as it was, so a failure before them still fails the
 * script (https://stackoverflow.com/a/34968021). Every other command sets it: programs always,
 * and in a `.cmd` file also `set`, `cd`, `copy`, `del`, `md`, `pushd`, `type`…
 */
const KEEPS_ERRORLEVEL = new Set([
    'break',
    'cls',
    'endlocal',
    'goto',
    'keys',
    'pause',
    'popd',
    'rd',
    'rem',
    'rmdir',
    'shift',
    'start',
    'title',
]);
function keepsErrorlevel(command) {
    const name = command.argv[0];
    return !command.called && (isEcho(name) || KEEPS_ERRORLEVEL.has(name.toLowerCase()));
}
/** `exit N` / `exit /b N`: `success` for 0, `none` without a code (ERRORLEVEL stays), else `failure`. */
function exitCode(command) {
    const [name, ...args] = command.argv;
    if (command.called || name.toLowerCase() !== 'exit')
        return undefined;
    const code = args.find((arg) => arg.toLowerCase() !== '/b');
    if (code === undefined)
        return 'none';
    return code === '0' ? 'success' : 'failure';
}
/**
 * Programs that are batch files on GitHub's Windows runners: Node's package managers install
 * `npm.cmd`, `npx.cmd`, `yarn.cmd`, `pnpm.cmd`; Maven, Gradle, Ant and sbt ship `mvn.cmd`,
 * `gradle.bat`, `gradlew.bat`, `ant.bat`, `sbt.bat`; conda, the Azure CLI, the Google Cloud SDK
 * and Flutter put `conda.bat`, `az.cmd`, `gcloud.cmd`, `gsutil.cmd`, `flutter.bat` on the PATH.
 */
const BATCH_PROGRAMS = new Set([
    'npm',
    'npx',
    'yarn',
    'yarnpkg',
    'pnpm',
    'pnpx',
    'corepack',
    'mvn',
    'mvnw',
    'gradle',
    'gradlew',
    'ant',
    'sbt',
    'conda',
    'az',
    'gcloud',
    'gsutil',
    'flutter',
]);
/** Whether running `program` runs a batch file: a known shim, anything ending in .cmd or .bat, or a node_modules/.bin tool. */
function isBatchFile(program) {
    const lower = program.toLowerCase();
    if (/\.(cmd|bat)$/.test(lower) || /node_modules[\\/]\.bin[\\/]/.test(lower))
        return true;
    return BATCH_PROGRAMS.has(lower.split(/[\\/]/).pop());
}
/**
 * Whether `event` runs only when `command` succeeded: a later link of its chain reached through
 * `&&` alone (`cmd && next`). A `&` or `||` on the way makes it run after a failure too.
 */
function onlyAfterSuccess(event, command, operators) {
    const own = command.path.at(-1);
    const at = own && event.path.find((link) => link.chain === own.chain);
    if (!own || !at || at.link <= own.link)
        return false;
    return operators
        .get(own.chain)
        .slice(own.link + 1, at.link + 1)
        .every((operator) => operator === '&&');
}
/** The text of a command as one line: `^` continuations joined, blanks collapsed. */
function cmd_script_commandText(script, command) {
    return script
        .slice(command.start, command.end)
        .replace(/\^\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Where the first line of a command ends: findings point at that line. */
function cmd_script_lineEnd(script, command) {
    const newline = script.indexOf('\n', command.start);
    return Math.min(command.end, newline === -1 ? script.length : newline);
}

;// CONCATENATED MODULE: ./src/rules/cmd-exit-code-ignored.ts





/** Whether `event`, written after `command`, can run after it: not in the other branch of the same `if`. */
function cmd_exit_code_ignored_runsAfter(event, command) {
    return event.frames.every((frame) => command.frames.includes(frame) ||
        !(frame.kind === 'branch' && command.frames.some((own) => own.kind === 'branch' && own.chain === frame.chain)));
}
function cmd_exit_code_ignored_maskOf(command, { events, operators }) {
    const loop = command.frames.findLast((frame) => frame.kind === 'loop');
    for (const event of events) {
        if (event.start < command.end)
            continue;
        // The next pass of the loop runs the command again and overwrites its ERRORLEVEL.
        if (loop && event.start >= loop.end)
            return { loop: true };
        if (!cmd_exit_code_ignored_runsAfter(event, command) || onlyAfterSuccess(event, command, operators))
            continue;
        if (event.type === 'status-read') {
            // `%errorlevel%` on the command's own line or block was expanded before the command ran.
            if (event.runtime || event.statement !== command.statement)
                return undefined;
            continue;
        }
        const conditional = event.frames.some((frame) => !command.frames.includes(frame) && frame.kind !== 'group');
        const exit = exitCode(event);
        if (exit !== undefined) {
            if (!conditional)
                return exit === 'success' ? { event } : undefined;
            continue;
        }
        const name = event.argv[0].toLowerCase();
        // A jump or a subroutine call: where it leads is beyond this reading.
        if ((!event.called && name === 'goto') || (event.called && name.startsWith(':')))
            return undefined;
        if (keepsErrorlevel(event))
            continue;
        return { event };
    }
    return loop ? { loop: true } : undefined;
}
function cmd_exit_code_ignored_whatMasks(mask, script) {
    if ('loop' in mask)
        return 'it runs in a loop, and each pass overwrites the ERRORLEVEL of the one before';
    const { event } = mask;
    const text = `"${inline(cmd_script_commandText(script.source.text, event), 50)}" (line ${script.source.at(event.start).line})`;
    if (exitCode(event) === 'success')
        return `${text} ends the script with success`;
    return `${text} runs after it and sets ERRORLEVEL again, with no errorlevel check in between`;
}
/** A failed build usually makes a later step fail in its place, so it is rarely silent for long. */
const cmd_exit_code_ignored_severityCap = (kind) => (kind === 'build' ? 'medium' : 'high');
/**
 * Whether a command after a build may use what it built (`cmake --build` … `ctest`, or running the
 * built program): then a failed build makes that command fail, and the step with it.
 */
function cmd_exit_code_ignored_consumedLater(build, events) {
    return events.some((event) => {
        return event.type === 'command' && event.start >= build.end && cmd_exit_code_ignored_runsAfter(event, build) && mayUseBuildOutput(event.argv);
    });
}
const cmdExitCodeIgnored = {
    meta: {
        id: 'cmd-exit-code-ignored',
        category: 'soft-fail',
        description: 'A check in a `shell: cmd` script whose ERRORLEVEL a later command overwrites before anything checks it.',
    },
    check(ctx) {
        for (const { step, job, script } of scriptsIn(ctx.file, 'cmd')) {
            const read = script.cmd;
            if (!read)
                continue;
            for (const command of read.events) {
                if (command.type !== 'command' || command.piped === 'left')
                    continue;
                // A batch file run without `call` never returns: its status is the script's (cmd-batch-without-call).
                if (!command.called && isBatchFile(command.argv[0]))
                    continue;
                const kind = classify_classifyCommand(command.argv);
                if (!isVerdict(kind))
                    continue;
                if (kind === 'build' && cmd_exit_code_ignored_consumedLater(command, read.events))
                    continue;
                const mask = cmd_exit_code_ignored_maskOf(command, read);
                if (!mask)
                    continue;
                const text = cmd_script_commandText(script.source.text, command);
                const start = script.source.at(command.start);
                const end = script.source.at(cmd_script_lineEnd(script.source.text, command));
                ctx.report({
                    severity: severityForKind(kind, ctx.file, cmd_exit_code_ignored_severityCap(kind)),
                    message: `"${inline(text, 80)}": when ${describeKind(kind, 'command')} fails, the step still passes — ` +
                        `cmd fails a step only on the ERRORLEVEL it ends with, and ${cmd_exit_code_ignored_whatMasks(mask, script)}.`,
                    pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
                    job,
                    step,
                    snippet: text,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/cmd-batch-without-call.ts





/**
 * `call` "calls one batch program from another without stopping the parent batch program"
 * (https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/call); without
 * it the parent stops where the child ends. The runner runs a `shell: cmd` step as a `.cmd` file,
 * and `npm`, `npx`, `mvn`, `gradlew`… are `.cmd`/`.bat` files on Windows, so every line after
 * `npm ci` is silently skipped. The rest of the line already read still runs (`x.bat && cl` runs
 * cl), which is why only later lines count.
 */
/** Commands that only steer the script or its environment: their not running loses no check. */
const HOUSEKEEPING = new Set([
    'cd',
    'chdir',
    'pushd',
    'popd',
    'set',
    'setlocal',
    'endlocal',
    'goto',
    'shift',
    'title',
    'cls',
    'pause',
    'exit',
]);
/** What a command that never runs would have done, or null when it would not have mattered. */
function kindOfSkipped(command) {
    const name = command.argv[0].toLowerCase();
    if (HOUSEKEEPING.has(name) || name.startsWith(':') || exitCode(command) !== undefined)
        return null;
    return classify_classifyCommand(command.argv);
}
const cmdBatchWithoutCall = {
    meta: {
        id: 'cmd-batch-without-call',
        category: 'scope-gap',
        description: 'A `shell: cmd` script runs a batch file (npm, npx, mvn, gradlew, *.cmd, *.bat) without `call`, so the lines after it never run.',
    },
    check(ctx) {
        for (const { step, job, script } of scriptsIn(ctx.file, 'cmd')) {
            // Only a `run:` script is a batch file; an action that passes its input to `cmd /c` runs a command line.
            if (script.origin !== 'run')
                continue;
            const commands = (script.cmd?.events ?? []).filter((event) => event.type === 'command');
            for (const shim of commands) {
                // In a pipeline each side runs in a child cmd, which returns.
                if (shim.called || shim.piped || !isBatchFile(shim.argv[0]))
                    continue;
                const skipped = commands
                    .filter((command) => command.statement > shim.statement)
                    .map((command) => ({ command, kind: kindOfSkipped(command) }))
                    .filter((entry) => entry.kind !== null);
                if (skipped.length === 0)
                    continue;
                const skippedKind = classify_mostSevereKind(skipped.map((entry) => entry.kind));
                const first = skipped.find((entry) => entry.kind === skippedKind).command;
                // Commands we cannot place are what a step named "Test …" or "Build …" exists to run.
                const kind = skippedKind === 'unknown' && isCheck(step.kind) ? step.kind : skippedKind;
                const text = cmd_script_commandText(script.source.text, shim);
                const start = script.source.at(shim.start);
                const end = script.source.at(cmd_script_lineEnd(script.source.text, shim));
                const named = `"${inline(cmd_script_commandText(script.source.text, first), 50)}" (line ${script.source.at(first.start).line})`;
                const lost = skipped.length > 1 ? `the ${skipped.length} commands after it never run, among them ${named}` : `${named} never runs`;
                ctx.report({
                    severity: severityForKind(isCheck(kind) ? kind : 'unknown', ctx.file),
                    message: `"${inline(text, 60)}" runs a batch file without "call": cmd hands the script over to it and never comes back, so ${lost}. ` +
                        `Write "call ${inline(text, 40)}".`,
                    pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
                    job,
                    step,
                    snippet: text,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/shell/python-script.ts

const OPERATORS = [
    '**=',
    '//=',
    '>>=',
    '<<=',
    '...',
    '**',
    '//',
    '==',
    '!=',
    '<=',
    '>=',
    ':=',
    '->',
    '+=',
    '-=',
    '*=',
    '/=',
    '%=',
    '&=',
    '|=',
    '^=',
    '<<',
    '>>',
];
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;
/** The end of a string whose opening quote (one or three characters) starts at `quoteStart`. */
function python_script_stringEnd(src, quoteStart) {
    const quote = src.startsWith(src[quoteStart].repeat(3), quoteStart) ? src[quoteStart].repeat(3) : src[quoteStart];
    let i = quoteStart + quote.length;
    while (i < src.length) {
        if (src[i] === '\\')
            i += 2;
        else if (src.startsWith(quote, i))
            return i + quote.length;
        else if (quote.length === 1 && src[i] === '\n')
            return i;
        else
            i++;
    }
    return src.length;
}
/** Splits a script into statements of tokens (and its `#` comments into `comments`); `${{ }}` expressions are masked so offsets stay exact. */
function readPython(script, comments = []) {
    const src = maskExpressions(script);
    const statements = [];
    let tokens = [];
    let depth = 0;
    const finish = () => {
        if (tokens.length > 0)
            statements.push({ tokens, start: tokens[0].start, end: tokens.at(-1).end });
        tokens = [];
    };
    const push = (kind, start, end, value = src.slice(start, end)) => {
        tokens.push({ kind, text: src.slice(start, end), value, start, end });
    };
    let i = 0;
    while (i < src.length) {
        const ch = src[i];
        if (ch === '#') {
            const end = src.indexOf('\n', i);
            comments.push({ start: i, bodyStart: i + 1, end: end === -1 ? src.length : end });
            i = end === -1 ? src.length : end;
        }
        else if (ch === '\\' && src[i + 1] === '\n') {
            i += 2;
        }
        else if (ch === '\n' || (ch === ';' && depth === 0)) {
            if (depth === 0)
                finish();
            i++;
        }
        else if (/\s/.test(ch)) {
            i++;
        }
        else if (/[A-Za-z_\u00c0-\uffff]/.test(ch)) {
            let end = i + 1;
            while (end < src.length && /[\w\u00c0-\uffff]/.test(src[end]))
                end++;
            const word = src.slice(i, end);
            if ((src[end] === '"' || src[end] === "'") && STRING_PREFIX.test(word)) {
                const close = python_script_stringEnd(src, end);
                const quote = src.startsWith(src[end].repeat(3), end) ? 3 : 1;
                push('string', i, close, src.slice(end + quote, Math.max(end + quote, close - quote)));
                i = close;
            }
            else {
                push('name', i, end);
                i = end;
            }
        }
        else if (ch === '"' || ch === "'") {
            const close = python_script_stringEnd(src, i);
            const quote = src.startsWith(ch.repeat(3), i) ? 3 : 1;
            push('string', i, close, src.slice(i + quote, Math.max(i + quote, close - quote)));
            i = close;
        }
        else if (/\d/.test(ch) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
            let end = i + 1;
            while (end < src.length && /[\w.]/.test(src[end]))
                end++;
            push('number', i, end);
            i = end;
        }
        else {
            const operator = OPERATORS.find((candidate) => src.startsWith(candidate, i)) ?? ch;
            if ('([{'.includes(operator))
                depth++;
            else if (')]}'.includes(operator))
                depth = Math.max(0, depth - 1);
            push('op', i, i + operator.length);
            i += operator.length;
        }
    }
    finish();
    return statements;
}
/** The index of the bracket closing the one at `open`, or -1. */
function closing(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const text = tokens[i].kind === 'op' ? tokens[i].text : '';
        if (text === '(' || text === '[' || text === '{')
            depth++;
        else if ((text === ')' || text === ']' || text === '}') && --depth === 0)
            return i;
    }
    return -1;
}
/** The arguments between the brackets at `open` and `close`, split at top-level commas. */
function splitArguments(tokens, open, close) {
    const parts = [];
    let current = [];
    for (let i = open + 1; i < close; i++) {
        const token = tokens[i];
        if (token.kind === 'op' && '([{'.includes(token.text)) {
            const end = closing(tokens, i);
            const stop = end === -1 || end > close ? close - 1 : end;
            current.push(...tokens.slice(i, stop + 1));
            i = stop;
        }
        else if (token.kind === 'op' && token.text === ',') {
            parts.push(current);
            current = [];
        }
        else {
            current.push(token);
        }
    }
    if (current.length > 0)
        parts.push(current);
    return parts;
}

;// CONCATENATED MODULE: ./src/rules/python-unchecked-subprocess.ts





const SUBPROCESS_CALLS = new Map([
    ['run', 'subprocess.run'],
    ['call', 'subprocess.call'],
    ['Popen', 'subprocess.Popen'],
]);
const python_unchecked_subprocess_text = (tokens) => tokens.map((token) => token.text).join('');
/** The names under which the script can reach the calls: `subprocess.run`, `sp.run`, a `run` imported from subprocess. */
function callNames(statements) {
    const names = new Map([
        ['subprocess.run', 'subprocess.run'],
        ['subprocess.call', 'subprocess.call'],
        ['subprocess.Popen', 'subprocess.Popen'],
        ['os.system', 'os.system'],
    ]);
    const module = (name, alias) => {
        if (name === 'subprocess')
            for (const [call, full] of SUBPROCESS_CALLS)
                names.set(`${alias}.${call}`, full);
        if (name === 'os')
            names.set(`${alias}.system`, 'os.system');
    };
    for (const { tokens } of statements) {
        const words = tokens.filter((token) => token.text !== '(' && token.text !== ')').map((token) => token.text);
        const from = words[0] === 'from' ? words[1] : undefined;
        if (words[0] !== 'import' && !(from && words[2] === 'import'))
            continue;
        for (const part of words
            .slice(from ? 3 : 1)
            .join(' ')
            .split(',')) {
            const [name, as, alias] = part.trim().split(' ');
            if (!name)
                continue;
            const local = as === 'as' && alias ? alias : name;
            if (!from)
                module(name, local);
            else if (from === 'subprocess' && SUBPROCESS_CALLS.has(name))
                names.set(local, SUBPROCESS_CALLS.get(name));
            else if (from === 'os' && name === 'system')
                names.set(local, 'os.system');
        }
    }
    return names;
}
/** A statement that is nothing but one of the calls, its result dropped: `subprocess.run([...])`, `os.system("…")`. */
function droppedCall(tokens, names) {
    if (tokens[0]?.kind !== 'name')
        return undefined;
    let callee = tokens[0].text;
    let i = 0;
    while (tokens[i + 1]?.text === '.' && tokens[i + 2]?.kind === 'name') {
        callee += `.${tokens[i + 2].text}`;
        i += 2;
    }
    const call = names.get(callee);
    if (!call || tokens[i + 1]?.text !== '(')
        return undefined;
    const close = closing(tokens, i + 1);
    if (close === -1)
        return undefined;
    // A Popen is dropped when the statement only waits for it: `subprocess.Popen([...]).wait()`.
    const rest = python_unchecked_subprocess_text(tokens.slice(close + 1));
    if (call === 'subprocess.Popen' ? rest !== '.wait()' : rest !== '')
        return undefined;
    return { call, open: i + 1, close };
}
/** The command's words when they are written out: `["pytest", "-x"]`, `"pytest -x"`, `shlex.split("…")`, `[sys.executable, "-m", "pytest"]`. */
function literalArgv(argument) {
    const [first] = argument;
    if (!first)
        return undefined;
    if (first.kind === 'string') {
        let k = 0;
        let command = '';
        while (argument[k]?.kind === 'string')
            command += argument[k++].value;
        const rest = python_unchecked_subprocess_text(argument.slice(k));
        return rest === '' || rest === '.split()' ? command.split(/\s+/).filter(Boolean) : undefined;
    }
    if (python_unchecked_subprocess_text(argument.slice(0, 4)) === 'shlex.split(' && argument[4]?.kind === 'string')
        return argument[4].value.split(/\s+/).filter(Boolean);
    if (first.text !== '[' && first.text !== '(')
        return undefined;
    const words = [];
    for (const element of splitArguments(argument, 0, closing(argument, 0))) {
        if (element.length === 1 && element[0].kind === 'string')
            words.push(element[0].value);
        else if (python_unchecked_subprocess_text(element) === 'sys.executable')
            words.push('python');
        else
            break;
    }
    return words.length > 0 ? words : undefined;
}
const keywordOf = (argument) => argument[0]?.kind === 'name' && argument[1]?.text === '=' ? argument[0].text : undefined;
/** What the command of a call does, read from its first argument; 'unknown' when it is not written out. */
function commandKind(tokens, open, close) {
    const args = splitArguments(tokens, open, close);
    const command = args.find((argument) => keywordOf(argument) === undefined) ?? args.find((argument) => keywordOf(argument) === 'args')?.slice(2);
    const argv = command && literalArgv(command);
    return argv ? classify_classifyCommand(argv) : 'unknown';
}
/** What the commands a statement runs do, wherever the calls sit in it (`check_call` and `check_output` included). */
function commandKinds(tokens, names) {
    const kinds = [];
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].kind !== 'name' || tokens[i - 1]?.text === '.')
            continue;
        let callee = tokens[i].text;
        let end = i;
        while (tokens[end + 1]?.text === '.' && tokens[end + 2]?.kind === 'name') {
            callee += `.${tokens[end + 2].text}`;
            end += 2;
        }
        if (tokens[end + 1]?.text !== '(' || !(names.has(callee) || /\.check_(call|output)$/.test(callee)))
            continue;
        kinds.push(commandKind(tokens, end + 1, closing(tokens, end + 1)));
    }
    return kinds;
}
function reason(call) {
    if (call === 'subprocess.run')
        return 'without check=True, subprocess.run does not raise when the command fails';
    if (call === 'subprocess.Popen')
        return 'wait() returns the exit status and nothing reads it';
    return `${call} returns the exit status and nothing reads it`;
}
const pythonUncheckedSubprocess = {
    meta: {
        id: 'python-unchecked-subprocess',
        category: 'soft-fail',
        description: 'A `shell: python` script runs a command with subprocess.run (no check=True), subprocess.call or os.system and drops its exit status.',
    },
    check(ctx) {
        for (const { step, job, script } of scriptsIn(ctx.file, 'python')) {
            const statements = script.python ?? [];
            const names = callNames(statements);
            const kinds = statements.map(({ tokens }) => commandKinds(tokens, names));
            // A later command that may use what a build produced fails in its place.
            const consumedAfter = (index) => kinds
                .slice(index + 1)
                .some((later) => later.some((kind) => kind !== null && (isCheck(kind) || kind === 'deploy' || kind === 'unknown')));
            for (const [index, { tokens, start }] of statements.entries()) {
                const dropped = droppedCall(tokens, names);
                if (!dropped)
                    continue;
                const args = splitArguments(tokens, dropped.open, dropped.close);
                // `**options` may carry check=True; an explicit check= decides for itself.
                if (args.some((argument) => argument[0]?.text === '**'))
                    continue;
                if (dropped.call === 'subprocess.run' && args.some((argument) => keywordOf(argument) === 'check'))
                    continue;
                const kind = commandKind(tokens, dropped.open, dropped.close);
                if (kind === null || (kind === 'build' && consumedAfter(index)))
                    continue;
                const newline = script.source.text.indexOf('\n', start);
                const line = script.source.text.slice(start, newline === -1 ? undefined : newline).trimEnd();
                const from = script.source.at(start);
                const to = script.source.at(start + line.length);
                ctx.report({
                    // A failed build usually makes the next command fail in its place, so it is rarely silent for long.
                    severity: severityForKind(kind, ctx.file, kind === 'build' ? 'medium' : 'high'),
                    message: `"${inline(line, 80)}": ${reason(dropped.call)}, so when the command fails the script goes on and the step passes.`,
                    pos: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
                    job,
                    step,
                    snippet: python_unchecked_subprocess_text(tokens),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/inventory/triggers.ts
/** Events that run a workflow on a pull request, or on the merge queue before a merge. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Events a person or a clock starts: the workflow gates no change. */
const MANUAL_OR_SCHEDULED_EVENTS = new Set(['workflow_dispatch', 'schedule']);
function firingOf(workflow) {
    const events = new Set(workflow.events);
    return {
        pullRequest: [...PULL_REQUEST_EVENTS].some((event) => events.has(event)),
        push: events.has('push'),
        schedule: events.has('schedule'),
        dispatch: events.has('workflow_dispatch'),
        called: events.has('workflow_call'),
        other: [...events].filter((event) => !PULL_REQUEST_EVENTS.has(event) && !MANUAL_OR_SCHEDULED_EVENTS.has(event) && event !== 'push' && event !== 'workflow_call'),
    };
}
/** Started by something other than a person clicking "Run workflow" (or a caller). */
function runsAutomatically(firing) {
    return firing.pullRequest || firing.push || firing.schedule || firing.other.length > 0;
}
/** "pull requests, pushes", "schedule only", "manual dispatch only", "never" — for reasons and tables. */
function describeFiring(firing) {
    const parts = [
        firing.pullRequest && 'pull requests',
        firing.push && 'pushes',
        firing.other.length > 0 && firing.other.join(', '),
        firing.schedule && 'schedule',
        firing.dispatch && 'manual dispatch',
        firing.called && 'calls from other workflows',
    ].filter((part) => typeof part === 'string');
    return parts.length > 0 ? parts.join(', ') : 'no event';
}
const triggers_CHECK_KINDS = new Set(['test', 'build', 'lint']);
/** Jobs that test, build or lint: what a required check is for. */
function checkJobs(workflow) {
    return workflow.jobs.filter((job) => triggers_CHECK_KINDS.has(job.kind));
}

;// CONCATENATED MODULE: ./src/inventory/inventory.ts





/** How far a workflow's or a job's green check can be trusted (issue 7's classification). */
const SIGNALS = ['Strong', 'Weak', 'Cosmetic', 'Legacy', 'Disabled'];
const BROKEN_LOCAL_REFERENCE_RULE = {
    id: 'broken-local-reference',
    category: 'invalid',
    description: 'A local reusable workflow or composite action that does not exist, or that calls itself through a cycle.',
};
const SILENT_CATEGORIES = new Set(['soft-fail', 'conditional-skip', 'retry-masking', 'scope-gap']);
/** A finding that makes a check untrustworthy: a silent failure of some weight, not suppressed. */
function weakens(finding) {
    return !finding.suppressed && SILENT_CATEGORIES.has(finding.category) && isAtLeast(finding.severity, 'low');
}
function describeFindings(findings) {
    const rules = [...new Set(findings.map((finding) => finding.ruleId))];
    const lines = findings.slice(0, 3).map((finding) => finding.line);
    return `${findings.length} silent-failure finding(s) (${rules.join(', ')}; line ${lines.join(', ')}${findings.length > 3 ? ', …' : ''})`;
}
/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; `./path/to/action` → its action.yml if it exists. */
function resolveLocal(uses, kind, exists) {
    const relative = external_node_path_default().posix.normalize(uses.replace(/^\.\//, '').split('@')[0]);
    if (relative.startsWith('..'))
        return null;
    if (kind === 'workflow')
        return exists(relative) ? relative : null;
    for (const name of ['action.yml', 'action.yaml']) {
        const candidate = external_node_path_default().posix.join(relative, name);
        if (exists(candidate))
            return candidate;
    }
    return null;
}
function reference(uses, kind, exists) {
    return {
        uses: uses.value,
        target: resolveLocal(uses.value, kind, exists),
        line: uses.span.line,
        column: uses.span.column,
        pos: uses.span,
    };
}
const isLocal = (uses) => uses !== undefined && uses.startsWith('./');
/** Steps that cannot fail the job: masked by `continue-on-error`, never run, or only reporting. */
function cannotFail(step, job) {
    if (step.kind === 'telemetry')
        return true;
    if (step.continueOnError && truthAcrossMatrix(step.continueOnError.value, job) === 'always')
        return true;
    return isConstantFalseStep(step.if, job);
}
function ownJobState(job, disabledBy) {
    if (disabledBy)
        return { disabled: disabledBy };
    if (job.continueOnError && truthAcrossMatrix(job.continueOnError.value, job) === 'always') {
        return { cosmetic: 'the job has continue-on-error: true, so its failure never fails the workflow' };
    }
    if (!job.uses && job.steps.length > 0 && job.steps.every((step) => cannotFail(step, job))) {
        return job.steps.every((step) => step.kind === 'telemetry')
            ? { cosmetic: 'it only reports, uploads or notifies' }
            : { cosmetic: 'every step that could fail is continue-on-error, never runs, or only reports' };
    }
    return {};
}
function filtersOf(workflow) {
    return workflow.triggers.flatMap((trigger) => [...trigger.filters].map(([filter, located]) => ({ event: trigger.event, filter, values: located.value })));
}
/**
 * The inventory entry of one file, from its model, before its findings are final and before
 * anything is resolved across files. `exists` says whether a path relative to the audited directory
 * is an audited file.
 */
function summarize(model, exists) {
    const references = new Map();
    const own = new Map();
    const stepReferences = (steps) => steps.flatMap((step) => (step.uses && isLocal(step.uses.value) ? [reference(step.uses, 'action', exists)] : []));
    if (model.kind === 'action') {
        references.set('', stepReferences(model.steps));
        own.set('', {});
        return {
            entry: {
                file: model.file,
                kind: 'action',
                name: model.name ?? null,
                events: [],
                runsOn: 'where it is used',
                firing: null,
                filters: [],
                jobs: [],
                calledBy: [],
                signal: 'Strong',
                reason: '',
                findings: 0,
            },
            references,
            own,
        };
    }
    const skipped = skippedJobs(model);
    const jobs = model.jobs.map((job) => {
        const actions = stepReferences(job.steps);
        const refs = job.uses && isLocal(job.uses.value) ? [reference(job.uses, 'workflow', exists), ...actions] : actions;
        references.set(job.id, refs);
        const cause = skipped.has(job.id) ? skipped.get(job.id) : null;
        const disabledBy = cause === undefined
            ? `its if: is always false (${String(job.if?.value)})`
            : cause
                ? `it needs "${cause.value}", which never runs`
                : undefined;
        own.set(job.id, ownJobState(job, disabledBy));
        return {
            id: job.id,
            name: job.name ?? job.id,
            kind: job.kind,
            line: job.keyPos.line,
            uses: job.uses?.value ?? null,
            matrixSize: job.matrix ? (job.matrix.legs?.length ?? null) : 1,
            needs: job.needs.map((need) => need.value),
            actions: actions.map((ref) => ref.target ?? ref.uses),
            signal: 'Strong',
            reason: '',
            required: null,
            findings: 0,
        };
    });
    const firing = firingOf(model);
    return {
        entry: {
            file: model.file,
            kind: 'workflow',
            name: model.name ?? null,
            events: model.events,
            runsOn: describeFiring(firing),
            firing,
            filters: filtersOf(model),
            jobs,
            calledBy: [],
            signal: 'Strong',
            reason: '',
            findings: 0,
        },
        references,
        own,
    };
}
/**
 * Resolves local reusable workflows and composite actions across the files of one audited
 * directory, then classifies every job and workflow. Findings stay in the file they were found in;
 * a caller only takes its callee's classification into its own, so a finding reached through
 * several callers is counted once.
 */
function resolveInventory(summaries, findings, 
/** Whether the files are a whole checkout, so that a file not among them does not exist. */
complete) {
    const byFile = new Map(summaries.map((summary) => [summary.entry.file, summary]));
    const broken = [];
    const findingsIn = new Map();
    for (const finding of findings) {
        if (!findingsIn.has(finding.file))
            findingsIn.set(finding.file, []);
        findingsIn.get(finding.file).push(finding);
    }
    /** Weakening findings of a job ('' : the whole file, for a composite action). */
    const weakIn = (file, jobId) => (findingsIn.get(file) ?? []).filter((finding) => (jobId === '' || finding.job === jobId) && weakens(finding));
    for (const summary of summaries) {
        const mine = (findingsIn.get(summary.entry.file) ?? []).filter((finding) => !finding.suppressed);
        summary.entry.findings = mine.length;
        for (const job of summary.entry.jobs)
            job.findings = mine.filter((finding) => finding.job === job.id).length;
    }
    for (const summary of summaries) {
        for (const [jobId, refs] of summary.references) {
            for (const ref of refs) {
                if (ref.target && byFile.has(ref.target)) {
                    const callee = byFile.get(ref.target).entry;
                    if (!callee.calledBy.includes(summary.entry.file))
                        callee.calledBy.push(summary.entry.file);
                    continue;
                }
                // In a partial copy (no .git: a sparse or sampled set of files) absence proves nothing.
                if (!complete)
                    continue;
                const workflow = /\.ya?ml$/i.test(ref.uses);
                const path = ref.uses.replace(/^\.\//, '');
                // A local action path is relative to the workspace, where a step may check out another
                // repository (`./test-infra/.github/actions/x`); only the repository's own .github is sure.
                if (!workflow && !path.startsWith('.github/'))
                    continue;
                broken.push({
                    file: summary.entry.file,
                    job: jobId || null,
                    pos: ref.pos,
                    severity: workflow ? 'medium' : 'low',
                    message: workflow
                        ? `"${ref.uses}" does not exist in this repository: GitHub refuses to run the workflow, and nothing the reusable workflow would run is checked.`
                        : `"${ref.uses}" has no action.yml or action.yaml in this repository: unless an earlier step creates it, the step fails when the job gets there, and nothing the action would run is checked.`,
                    snippet: ref.uses,
                });
            }
        }
    }
    // Each file's trust, with its callees' folded in; `visiting` catches cycles of calls.
    const state = new Map();
    const visiting = new Set();
    const calleeVerdict = (summary, ref, jobId) => {
        const target = ref.target && byFile.get(ref.target);
        if (!target)
            return undefined;
        if (visiting.has(target.entry.file)) {
            broken.push({
                file: summary.entry.file,
                job: jobId || null,
                pos: ref.pos,
                severity: 'medium',
                message: `"${ref.uses}" calls back into a file that is already calling it (a cycle): GitHub refuses to run it.`,
                snippet: `cycle ${ref.uses}`,
            });
            return { signal: 'Disabled', reason: `${ref.uses} is part of a cycle of calls` };
        }
        return classifyFile(target);
    };
    const classifyJob = (summary, job, jobId) => {
        const own = summary.own.get(jobId) ?? {};
        if (own.disabled)
            return { signal: 'Disabled', reason: own.disabled };
        if (own.cosmetic)
            return { signal: 'Cosmetic', reason: own.cosmetic };
        const weak = weakIn(summary.entry.file, jobId);
        const reasons = weak.length > 0 ? [describeFindings(weak)] : [];
        let signal = weak.length > 0 ? 'Weak' : 'Strong';
        for (const ref of summary.references.get(jobId) ?? []) {
            const verdict = calleeVerdict(summary, ref, jobId);
            if (!verdict)
                continue;
            const callsWorkflow = job?.uses === ref.uses;
            if (callsWorkflow && (verdict.signal === 'Disabled' || verdict.signal === 'Cosmetic') && signal === 'Strong') {
                signal = verdict.signal;
                reasons.push(`it calls ${ref.target}, which is ${verdict.signal}: ${verdict.reason}`);
            }
            else if (verdict.signal !== 'Strong' && verdict.signal !== 'Legacy') {
                signal = 'Weak';
                reasons.push(`it ${callsWorkflow ? 'calls' : 'uses'} ${ref.target}, which is ${verdict.signal}: ${verdict.reason}`);
            }
        }
        if (signal === 'Strong')
            return { signal, reason: 'any failure turns it red' };
        return { signal, reason: reasons.join('; ') };
    };
    function classifyFile(summary) {
        const file = summary.entry.file;
        const known = state.get(file);
        if (known)
            return known;
        if (summary.fixed)
            return { signal: summary.entry.signal, reason: summary.entry.reason };
        visiting.add(file);
        const entry = summary.entry;
        let verdict;
        if (entry.kind === 'action') {
            const job = classifyJob(summary, undefined, '');
            verdict = job.signal === 'Strong' ? { signal: 'Strong', reason: 'no silent failure in its steps' } : job;
        }
        else {
            for (const job of entry.jobs)
                Object.assign(job, classifyJob(summary, job, job.id));
            verdict = classifyWorkflow(entry);
        }
        visiting.delete(file);
        state.set(file, verdict);
        entry.signal = verdict.signal;
        entry.reason = verdict.reason;
        return verdict;
    }
    for (const summary of summaries)
        classifyFile(summary);
    // A reusable workflow runs when its callers do: it is Legacy when every local caller is.
    for (const summary of summaries) {
        const entry = summary.entry;
        if (entry.kind !== 'workflow' || !entry.firing?.called || runsAutomatically(entry.firing) || entry.calledBy.length === 0)
            continue;
        const callers = entry.calledBy.map((caller) => byFile.get(caller).entry);
        if (callers.every((caller) => caller.signal === 'Legacy') && entry.signal !== 'Disabled') {
            entry.signal = 'Legacy';
            entry.reason = `only called by ${callers.map((caller) => caller.file).join(', ')}, which never run on a pull request or push`;
        }
    }
    return { inventory: summaries.map((summary) => summary.entry), broken };
}
function classifyWorkflow(entry) {
    const jobs = entry.jobs;
    const firing = entry.firing;
    if (jobs.length === 0)
        return { signal: 'Disabled', reason: 'it has no jobs' };
    if (jobs.every((job) => job.signal === 'Disabled')) {
        return { signal: 'Disabled', reason: `every job is skipped: ${jobs.map((job) => `${job.id} — ${job.reason}`).join('; ')}` };
    }
    if (!firing.pullRequest && !firing.push && firing.other.length === 0 && !firing.called) {
        return {
            signal: 'Legacy',
            reason: firing.schedule || firing.dispatch ? `it runs only on ${entry.runsOn}, never on a pull request or push` : 'no event starts it',
        };
    }
    const active = jobs.filter((job) => job.signal !== 'Disabled');
    const name = (job) => (job.name === job.id ? job.id : `${job.id} ("${job.name}")`);
    if (active.every((job) => job.signal === 'Cosmetic')) {
        return {
            signal: 'Cosmetic',
            reason: `nothing in it can fail the check: ${active.map((job) => `${name(job)} — ${job.reason}`).join('; ')}`,
        };
    }
    const untrusted = active.filter((job) => job.signal !== 'Strong');
    if (untrusted.length > 0) {
        return {
            signal: 'Weak',
            reason: `${untrusted.map((job) => `${name(job)}: ${job.signal.toLowerCase()} — ${job.reason}`).join('; ')}`,
        };
    }
    const disabled = jobs.length - active.length;
    return {
        signal: 'Strong',
        reason: `runs on ${entry.runsOn}; any failure turns it red${disabled > 0 ? ` (${disabled} job(s) disabled)` : ''}`,
    };
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/suggest.ts
/** Edit distance with adjacent transpositions (optimal string alignment): `hihg` is one edit from `high`. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/**
 * The candidate a misspelt word was most likely meant to be: the same word in another case or with
 * `_` for `-`, else the nearest within two edits (one for words of up to four letters).
 */
function closest(word, candidates) {
    const normal = (text) => text.toLowerCase().replace(/_/g, '-');
    const list = [...candidates];
    const exact = list.find((candidate) => normal(candidate) === normal(word));
    if (exact)
        return exact;
    if (word.length > 100)
        return undefined;
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of list) {
        const distance = editDistance(normal(word), normal(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` — did you mean "x"?` when there is a near miss, else nothing. */
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;
}

;// CONCATENATED MODULE: ./src/shell/comments.ts
/** The `comment` nodes of a bash parse tree; `#` inside a word or a quoted string is not one. */
function bashComments(root) {
    const comments = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'comment') {
            comments.push({ start: node.startIndex, bodyStart: node.startIndex + 1, end: node.endIndex });
            continue;
        }
        for (let i = node.childCount - 1; i >= 0; i--) {
            const child = node.child(i);
            if (child)
                stack.push(child);
        }
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/suppress/inline.ts


/** Every directive starts with the tool's name; a comment that does not is never one. */
const DIRECTIVE_PREFIX = 'silent-failure-audit';
const DIRECTIVE_SYNTAX = '# silent-failure-audit: ignore[RULE_OR_CATEGORY,...] reason';
/**
 * Reads the text of a comment (after its marker). Not a directive unless it starts with the tool's
 * name; one that does but does not follow the syntax is malformed, so a typo is reported instead of
 * silently suppressing nothing.
 */
function parseDirective(body) {
    const text = body.trim();
    if (!text.toLowerCase().startsWith(DIRECTIVE_PREFIX))
        return undefined;
    const malformed = { names: [], reason: '', malformed: `not a valid suppression: write \`${DIRECTIVE_SYNTAX}\`` };
    let rest = text.slice(DIRECTIVE_PREFIX.length).trimStart();
    if (!rest.startsWith(':'))
        return malformed;
    rest = rest.slice(1).trimStart();
    if (!rest.toLowerCase().startsWith('ignore'))
        return malformed;
    rest = rest.slice('ignore'.length).trimStart();
    if (!rest.startsWith('['))
        return malformed;
    const close = rest.indexOf(']');
    if (close === -1)
        return malformed;
    const names = rest
        .slice(1, close)
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    if (names.length === 0)
        return { ...malformed, malformed: 'suppression names no rule or category inside `ignore[…]`' };
    // A separator after the bracket (`] -- reason`, `]: reason`) is not part of the reason.
    const reason = rest
        .slice(close + 1)
        .trim()
        .replace(/^(?:--?|—|:)\s*/, '');
    return { names, reason };
}
/** Whether anything but white space precedes a 1-based column on a 1-based line. */
function aloneOnLine(lines, line, column) {
    return (lines[line - 1] ?? '').slice(0, column - 1).trim() === '';
}
/** The comment tokens of the YAML itself: a `#` inside a quoted or block scalar is not one. */
function yamlComments(text, lineCounter) {
    const found = [];
    const visit = (token) => {
        if (Array.isArray(token)) {
            for (const item of token)
                visit(item);
            return;
        }
        if (!token || typeof token !== 'object')
            return;
        const record = token;
        if (record.type === 'comment' && typeof record.offset === 'number' && typeof record.source === 'string') {
            const start = lineCounter.linePos(record.offset);
            found.push({
                pos: { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + record.source.length },
                body: record.source.slice(1),
                text: record.source,
            });
            return;
        }
        for (const value of Object.values(token))
            if (value && typeof value === 'object')
                visit(value);
    };
    for (const token of new dist/* Parser */.iX().parse(text))
        visit(token);
    return found;
}
function commentsOf(script) {
    if (script.tree)
        return bashComments(script.tree.rootNode);
    return script.pwsh?.comments ?? script.cmd?.comments ?? script.pythonComments ?? [];
}
/** Comments inside the scripts the steps run, as their shells read them, placed in the file. */
function scriptComments(steps) {
    const found = [];
    for (const step of steps) {
        const script = step.script;
        if (!script || !script.source.text.includes(DIRECTIVE_PREFIX))
            continue;
        for (const comment of commentsOf(script)) {
            const text = script.source.text.slice(comment.start, comment.end);
            if (!text.includes(DIRECTIVE_PREFIX))
                continue;
            const start = script.source.at(comment.start);
            const end = script.source.at(Math.max(comment.start, comment.end - 1));
            found.push({
                pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 },
                body: script.source.text.slice(comment.bodyStart, comment.end),
                text,
            });
        }
    }
    return found;
}
function stepsOf(model) {
    if (!model)
        return [];
    if (model.kind === 'action')
        return model.steps;
    return model.jobs.flatMap((job) => (job.callScript ? [...job.steps, job.callScript] : job.steps));
}
/**
 * The suppression directives of one file: YAML comments, and comments inside its scripts. Must run
 * before the model is disposed (bash comments come from the parse tree).
 */
function collectDirectives(text, lineCounter, model) {
    if (!text.includes(DIRECTIVE_PREFIX))
        return [];
    const lines = text.split('\n');
    const directives = [];
    for (const comment of [...yamlComments(text, lineCounter), ...scriptComments(stepsOf(model))]) {
        const parsed = parseDirective(comment.body);
        if (!parsed)
            continue;
        directives.push({ ...parsed, pos: comment.pos, ownLine: aloneOnLine(lines, comment.pos.line, comment.pos.column), text: comment.text });
    }
    return directives.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
}

;// CONCATENATED MODULE: ./src/suppress/apply.ts



const INVALID_SUPPRESSION_RULE = {
    id: 'invalid-suppression',
    category: 'invalid',
    description: 'A suppression comment that gives no reason, names an unknown rule or category, or does not follow the syntax.',
};
const UNUSED_SUPPRESSION_RULE = {
    id: 'unused-suppression',
    category: 'invalid',
    description: 'A suppression comment or config allow entry that matches no finding, so it can be removed.',
};
/** Findings about suppressions themselves: never suppressed, so a suppression cannot hide its own staleness. */
const SUPPRESSION_RULE_IDS = new Set([INVALID_SUPPRESSION_RULE.id, UNUSED_SUPPRESSION_RULE.id]);
const matches = (finding, names) => names.has(finding.ruleId) || names.has(finding.category);
/**
 * Applies one file's inline directives to its findings: a directive covers its own line, and the
 * next one when it stands alone on its line. Returns what is wrong with the directives.
 */
function applyDirectives(findings, directives, knownNames, isOff) {
    const issues = [];
    for (const directive of directives) {
        const issue = (rule, message) => {
            issues.push({ rule, pos: directive.pos, message, snippet: `${message} ${directive.text}` });
        };
        if (directive.malformed) {
            issue(INVALID_SUPPRESSION_RULE, directive.malformed);
            continue;
        }
        const names = new Set();
        for (const name of directive.names) {
            if (knownNames.has(name))
                names.add(name);
            else
                issue(INVALID_SUPPRESSION_RULE, `suppression names "${name}", which is no rule or category${didYouMean(name, knownNames)}`);
        }
        if (directive.reason === '') {
            issue(INVALID_SUPPRESSION_RULE, `suppression of ${directive.names.join(', ')} gives no reason: say after the bracket why this failure may stay silent (\`${DIRECTIVE_SYNTAX}\`)`);
        }
        const lines = directive.ownLine ? [directive.pos.line, directive.pos.line + 1] : [directive.pos.line];
        const used = new Set();
        for (const finding of findings) {
            if (SUPPRESSION_RULE_IDS.has(finding.ruleId) || !lines.includes(finding.line) || !matches(finding, names))
                continue;
            for (const name of [finding.ruleId, finding.category])
                if (names.has(name))
                    used.add(name);
            if (finding.suppressed)
                continue;
            finding.suppressed = true;
            finding.suppression = { kind: 'inline', reason: directive.reason };
        }
        const unused = [...names].filter((name) => !used.has(name) && !isOff(name));
        if (unused.length > 0) {
            const where = directive.ownLine ? 'this line or the next' : 'this line';
            issue(UNUSED_SUPPRESSION_RULE, `suppression of ${unused.join(', ')} matches no finding on ${where}: remove it, or move it to the reported line`);
        }
    }
    return issues;
}
/** Whether a config allow entry covers a finding. */
function allows(entry, finding) {
    if (entry.rule !== undefined && entry.rule !== finding.ruleId)
        return false;
    if (entry.category !== undefined && entry.category !== finding.category)
        return false;
    if (entry.job !== undefined && entry.job !== finding.job)
        return false;
    if (entry.step !== undefined && entry.step !== finding.step)
        return false;
    return entry.path === undefined || minimatch(finding.file, entry.path, { dot: true });
}
/** Applies config allow entries to the findings of one PATH; returns the entries that matched nothing. */
function applyAllows(findings, entries) {
    const used = new Set();
    for (const finding of findings) {
        if (SUPPRESSION_RULE_IDS.has(finding.ruleId))
            continue;
        const matching = entries.filter((candidate) => allows(candidate, finding));
        for (const entry of matching)
            used.add(entry);
        if (matching.length === 0 || finding.suppressed)
            continue;
        finding.suppressed = true;
        finding.suppression = { kind: 'config', reason: matching[0].reason };
    }
    return entries.filter((entry) => !used.has(entry));
}

;// CONCATENATED MODULE: ./src/rules/no-automatic-trigger.ts


const baseName = (file) => (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ');
const noAutomaticTrigger = {
    meta: {
        id: 'no-automatic-trigger',
        category: 'conditional-skip',
        description: 'A workflow with tests, builds or lint checks that only runs when someone starts it by hand.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow' || !file.onPos)
            return;
        const firing = firingOf(file);
        if (runsAutomatically(firing) || firing.called)
            return;
        const checks = checkJobs(file);
        // A release pipeline started by hand builds in order to publish: that is the release, not a check.
        const releases = file.jobs.some((job) => job.kind === 'deploy') || classifyName(`${file.name ?? ''} ${baseName(file.file)}`) === 'deploy';
        if (checks.length === 0 || releases)
            return;
        const kinds = [...new Set(checks.map((job) => KIND_LABEL[job.kind]))].join(', ');
        ctx.report({
            severity: 'low',
            message: `This workflow runs ${kinds} jobs (${checks.map((job) => `"${job.name ?? job.id}"`).join(', ')}) but starts only on ${describeFiring(firing)}: no pull request or push runs them, so a failure shows only when someone remembers to.`,
            pos: file.onPos,
            snippet: file.events.join(','),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/pr-paths-filter.ts

const prPathsFilter = {
    meta: {
        id: 'pr-paths-filter',
        category: 'scope-gap',
        description: 'A paths or paths-ignore filter on the pull-request trigger of a workflow that tests, builds or lints.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow' || checkJobs(file).length === 0)
            return;
        for (const trigger of file.triggers) {
            if (!PULL_REQUEST_EVENTS.has(trigger.event))
                continue;
            for (const key of ['paths', 'paths-ignore']) {
                const filter = trigger.filters.get(key);
                if (!filter)
                    continue;
                const shown = filter.value.slice(0, 3).join(', ') + (filter.value.length > 3 ? ', …' : '');
                ctx.report({
                    severity: 'info',
                    message: `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}: other pull requests get none of its checks, and a required check from it then stays pending ("Expected — waiting for status") instead of passing.`,
                    pos: filter.span,
                    snippet: `${trigger.event}:${key}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/informational-job.ts


/** What a job may do and still be informational: report, upload, notify, and the setup for it. */
const INFORMATIONAL = new Set(['telemetry', 'setup', 'cleanup']);
const CHECKS = new Set(['test', 'build', 'lint']);
const informationalJob = {
    meta: {
        id: 'informational-job',
        category: 'informational-only',
        description: 'A job that only measures, uploads or notifies, and whose result no other job reads.',
    },
    check(ctx) {
        const file = ctx.file;
        if (file.kind !== 'workflow' || !gatesChanges(file))
            return;
        const needed = new Set(file.jobs.flatMap((job) => job.needs.map((need) => need.value)));
        for (const job of file.jobs) {
            if (job.uses || needed.has(job.id) || job.steps.length === 0)
                continue;
            if (!job.steps.every((step) => INFORMATIONAL.has(step.kind)) || !job.steps.some((step) => step.kind === 'telemetry'))
                continue;
            // A job named for a check that only reports is informational by accident: it shows a check mark for nothing.
            const claimed = classifyName(job.name ?? job.id);
            // A publishing job fails loudly on the push that runs it; what it does is a release, not a report.
            if (claimed === 'deploy')
                continue;
            const byAccident = claimed !== null && CHECKS.has(claimed);
            ctx.report({
                severity: byAccident ? 'low' : 'info',
                message: byAccident
                    ? `Job "${job.name ?? job.id}" is named like a ${claimed} but only reports, uploads or notifies, and no job needs it: its green check verifies nothing.`
                    : `Job "${job.name ?? job.id}" only reports, uploads or notifies, and no job needs it: its result is informational, and a failure in it goes unread.`,
                pos: job.keyPos,
                job,
                snippet: job.id,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts



























/** Files GitHub cannot run: reported by the loader, not by a rule over the model. */
const INVALID_FILE_RULE = {
    id: 'invalid-file',
    category: 'invalid',
    description: 'A workflow or action file that cannot be parsed or has the wrong shape, so GitHub will not run it.',
};
const RULES = [
    continueOnError,
    constantFalseCondition,
    skippedByNeeds,
    aggregatorIgnoresResults,
    aggregatorSkippedOnFailure,
    softFailActionInput,
    orTrueSwallowsFailure,
    unparseableScript,
    pipeWithoutPipefail,
    errexitIgnored,
    setPlusEUnchecked,
    shellWithoutErrexit,
    trailingExitZero,
    uncheckedWait,
    ifNotWithoutExit,
    retryLoopSwallowsFailure,
    testRerunFlags,
    passWithNoTests,
    pwshNativeExitIgnored,
    cmdExitCodeIgnored,
    cmdBatchWithoutCall,
    pythonUncheckedSubprocess,
    noAutomaticTrigger,
    prPathsFilter,
    informationalJob,
];
/** Every rule id with its metadata, including the loader's and the suppression checks'. */
const ALL_RULE_META = [
    ...RULES.map((rule) => rule.meta),
    INVALID_FILE_RULE,
    INVALID_SUPPRESSION_RULE,
    UNUSED_SUPPRESSION_RULE,
    BROKEN_LOCAL_REFERENCE_RULE,
];

;// CONCATENATED MODULE: ./src/config.ts








/** Looked for, in this order, in every directory PATH when no config file is named. */
const CONFIG_FILES = ['.github/silent-failure-audit.yml', '.github/silent-failure-audit.yaml'];
/** Every problem of a config file, each as `file:line:column: message`; the CLI exits 2. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
const TOP_KEYS = ['fail-on', 'paths', 'ignore', 'rules', 'allow'];
const ALLOW_KEYS = ['rule', 'category', 'path', 'job', 'step', 'reason'];
const RULE_LEVELS = ['off', ...SEVERITIES];
const quoteList = (values) => values.join(', ');
class Validator {
    file;
    lineCounter;
    problems = [];
    constructor(file, lineCounter) {
        this.file = file;
        this.lineCounter = lineCounter;
    }
    at(node) {
        const range = node && 'range' in node ? node.range : node && 'key' in node ? node.key?.range : undefined;
        if (!range)
            return { line: 1, column: 1 };
        const pos = rangeToPosition(this.lineCounter, range[0], range[1]);
        return { line: pos.line, column: pos.column };
    }
    problem(node, message) {
        const { line, column } = this.at(node);
        this.problems.push(`${this.file}:${line}:${column}: ${message}`);
    }
    /** A scalar string, or a problem naming the key. */
    string(node, key) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
            return node.value;
        this.problem(node, `${key} must be a non-empty string`);
        return undefined;
    }
    /** A one of `allowed`, with a suggestion for a near miss. */
    oneOf(node, key, allowed, what) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
        if (allowed.includes(text))
            return text;
        this.problem(node, `${key}: "${text}" is not ${what}${didYouMean(text, allowed) || '.'} Use one of: ${quoteList(allowed)}.`);
        return undefined;
    }
    /** A glob or a list of globs. */
    globs(node, key) {
        if ((0,dist/* isScalar */.jn)(node)) {
            const glob = this.string(node, key);
            return glob === undefined ? undefined : [normaliseGlob(glob)];
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const globs = [];
            for (const item of node.items) {
                const glob = this.string(item, `${key} entries`);
                if (glob !== undefined)
                    globs.push(normaliseGlob(glob));
            }
            return globs;
        }
        this.problem(node, `${key} must be a glob or a list of globs`);
        return undefined;
    }
    /** The pairs of a mapping, with unknown keys reported (and a suggestion for a near miss). */
    pairs(node, key, known) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.problem(node, `${key} must be a mapping`);
            return [];
        }
        const pairs = [];
        for (const pair of node.items) {
            const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (known && !known.includes(name)) {
                this.problem(pair, `unknown key "${name}" in ${key}${didYouMean(name, known) || '.'} Known keys: ${quoteList(known)}.`);
                continue;
            }
            pairs.push({ key: name, pair });
        }
        return pairs;
    }
}
const normaliseGlob = (glob) => glob.replace(/^\.\//, '');
const RULE_IDS = ALL_RULE_META.map((meta) => meta.id);
function readAllow(validator, node) {
    if (!(0,dist/* isSeq */.oP)(node)) {
        validator.problem(node, 'allow must be a list of entries (rule or category, path, job, step, reason)');
        return [];
    }
    const entries = [];
    for (const item of node.items) {
        const { line, column } = validator.at(item);
        const entry = { line, column };
        for (const { key, pair } of validator.pairs(item, 'an allow entry', ALLOW_KEYS)) {
            if (key === 'category') {
                entry.category = validator.oneOf(pair.value, 'allow category', CATEGORIES, 'a category');
                continue;
            }
            const value = validator.string(pair.value, `allow ${key}`);
            if (value === undefined)
                continue;
            if (key === 'rule') {
                if (RULE_IDS.includes(value))
                    entry.rule = value;
                else
                    validator.problem(pair.value, `allow rule: unknown rule "${value}"${didYouMean(value, RULE_IDS)}`);
            }
            else if (key === 'path')
                entry.path = normaliseGlob(value);
            else if (key === 'job')
                entry.job = value;
            else if (key === 'step')
                entry.step = value;
            else
                entry.reason = value.trim();
        }
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const keys = new Set(item.items.map((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '')));
        if (!keys.has('rule') && !keys.has('category'))
            validator.problem(item, 'an allow entry needs a rule or a category');
        if (!keys.has('reason'))
            validator.problem(item, 'an allow entry needs a reason: write down why this failure may stay silent');
        if (entry.reason !== undefined)
            entries.push(entry);
    }
    return entries;
}
/** Reads and strictly validates a config file; every problem is reported at once. */
function loadConfig(file) {
    const display = external_node_path_default().relative(process.cwd(), file).split((external_node_path_default()).sep).join('/') || file;
    const shown = display.startsWith('..') ? file : display;
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(file);
    }
    catch (error) {
        throw new ConfigError([`${shown}: cannot read config file: ${error.code ?? error.message}`]);
    }
    const parsed = parseYaml(bytes);
    if (parsed.problems.length > 0) {
        throw new ConfigError(parsed.problems.map((problem) => `${shown}:${problem.pos.line}:${problem.pos.column}: ${problem.message}`));
    }
    const config = { file: shown, absolute: external_node_path_default().resolve(file), rules: new Map(), allow: [] };
    const contents = parsed.doc?.contents;
    // An empty file is a config with every default.
    if (contents === null || contents === undefined || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
        return config;
    const validator = new Validator(shown, parsed.lineCounter);
    for (const { key, pair } of validator.pairs(contents, 'the config', TOP_KEYS)) {
        switch (key) {
            case 'fail-on':
                config.failOn = validator.oneOf(pair.value, 'fail-on', FAIL_ON_VALUES, 'a severity');
                break;
            case 'paths':
                config.paths = validator.globs(pair.value, 'paths');
                break;
            case 'ignore':
                config.ignore = validator.globs(pair.value, 'ignore');
                break;
            case 'rules':
                for (const rule of validator.pairs(pair.value, 'rules', undefined)) {
                    if (!RULE_IDS.includes(rule.key)) {
                        validator.problem(rule.pair, `rules: unknown rule "${rule.key}"${didYouMean(rule.key, RULE_IDS)}`);
                        continue;
                    }
                    const level = validator.oneOf(rule.pair.value, `rules.${rule.key}`, RULE_LEVELS, 'a severity or off');
                    if (level)
                        config.rules.set(rule.key, level);
                }
                break;
            case 'allow':
                config.allow = readAllow(validator, pair.value);
                break;
        }
    }
    if (validator.problems.length > 0)
        throw new ConfigError(validator.problems);
    return config;
}
/** The config file of a directory PATH, if it has one. */
function findConfig(root) {
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
            return undefined;
    }
    catch {
        return undefined;
    }
    return CONFIG_FILES.map((name) => external_node_path_default().join(root, name)).find((candidate) => (0,external_node_fs_namespaceObject.existsSync)(candidate));
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/load/discover.ts


const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const YAML_EXTENSION = /\.ya?ml$/i;
const ACTION_FILE = /^action\.ya?ml$/i;
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** Whether a POSIX path relative to a scanned directory is one the directory walk would audit. */
function isAuditedPath(relative) {
    const parts = relative.split('/');
    if (parts.some((part) => SKIPPED_DIRECTORIES.has(part)))
        return false;
    const name = parts.at(-1);
    if (ACTION_FILE.test(name))
        return true;
    return parts.length >= 3 && parts.at(-2) === 'workflows' && parts.at(-3) === '.github' && YAML_EXTENSION.test(name);
}
/** A file given directly is a composite action when it is named action.yml, else a workflow. */
function kindOfFile(fileName) {
    return ACTION_FILE.test(external_node_path_default().basename(fileName)) ? 'action' : 'workflow';
}
/**
 * Finds every `.github/workflows/*.{yml,yaml}` and every `action.{yml,yaml}` below `root`.
 * Symbolic links to directories are never followed (that is how loops and escapes happen);
 * a symlinked file is read only when its target stays inside the scanned root.
 */
function discoverFiles(root) {
    const files = [];
    const errors = [];
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.statSync)(root);
    }
    catch (error) {
        errors.push({ file: toPosix(root), message: `cannot read path: ${error.message}` });
        return { files, errors, single: false };
    }
    if (stat.isFile()) {
        files.push({ absolute: external_node_path_default().resolve(root), relative: toPosix(external_node_path_default().normalize(root)), kind: kindOfFile(root) });
        return { files, errors, single: true };
    }
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const pending = [external_node_path_default().resolve(root)];
    while (pending.length > 0) {
        const dir = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            errors.push({ file: toPosix(external_node_path_default().relative(root, dir)) || '.', message: `cannot list directory: ${error.message}` });
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const absolute = external_node_path_default().join(dir, entry.name);
            const relative = toPosix(external_node_path_default().relative(root, absolute));
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    pending.push(absolute);
                continue;
            }
            if (!isAuditedPath(relative))
                continue;
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_namespaceObject.realpathSync)(absolute);
                }
                catch {
                    errors.push({ file: relative, message: 'dangling or looping symbolic link, not followed' });
                    continue;
                }
                if (!isInside(target, realRoot)) {
                    errors.push({ file: relative, message: 'symbolic link points outside the scanned directory, not followed' });
                    continue;
                }
                if (!(0,external_node_fs_namespaceObject.lstatSync)(target).isFile())
                    continue;
            }
            else if (!entry.isFile()) {
                continue;
            }
            files.push({ absolute, relative, kind: ACTION_FILE.test(entry.name) ? 'action' : 'workflow' });
        }
    }
    files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    return { files, errors, single: false };
}

;// CONCATENATED MODULE: ./src/model/matrix.ts
/** GitHub refuses a matrix with more than 256 jobs, so larger expansions are not worth computing. */
const MAX_LEGS = 256;
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const isExpression = (value) => typeof value === 'string' && value.includes('${{');
/**
 * Expands `strategy.matrix` into its legs following GitHub's rules for `exclude` and `include`
 * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations):
 * an include entry is merged into every leg whose original dimension values it does not overwrite,
 * and becomes a leg of its own when it matches none. Returns undefined when the matrix is computed
 * at run time (an expression anywhere in its shape) or too large to be a real matrix.
 */
function expandMatrix(matrix) {
    if (!isRecord(matrix))
        return undefined;
    const dimensions = [];
    let include = [];
    let exclude = [];
    for (const [key, value] of Object.entries(matrix)) {
        if (key === 'include' || key === 'exclude') {
            if (!Array.isArray(value))
                return undefined;
            if (key === 'include')
                include = value;
            else
                exclude = value;
            continue;
        }
        if (!Array.isArray(value))
            return undefined;
        if (value.some(isExpression))
            return undefined;
        dimensions.push([key, value]);
    }
    if ([...include, ...exclude].some((entry) => !isRecord(entry) || Object.values(entry).some(isExpression))) {
        return undefined;
    }
    let legs = dimensions.length > 0 ? [{}] : [];
    for (const [key, values] of dimensions) {
        const next = [];
        for (const leg of legs)
            for (const value of values)
                next.push({ ...leg, [key]: value });
        if (next.length > MAX_LEGS)
            return undefined;
        legs = next;
    }
    legs = legs.filter((leg) => !exclude.some((entry) => Object.entries(entry).every(([k, v]) => sameValue(leg[k], v))));
    const dimensionKeys = new Set(dimensions.map(([key]) => key));
    const originalCount = legs.length;
    for (const entry of include) {
        let merged = false;
        for (let i = 0; i < originalCount; i++) {
            const leg = legs[i];
            const compatible = Object.entries(entry).every(([k, v]) => !dimensionKeys.has(k) || sameValue(leg[k], v));
            if (compatible) {
                Object.assign(leg, entry);
                merged = true;
            }
        }
        if (!merged)
            legs.push({ ...entry });
    }
    return legs.length === 0 || legs.length > MAX_LEGS ? undefined : legs;
}

;// CONCATENATED MODULE: ./src/model/script-source.ts
/**
 * Lines up the scalar's value with its source lines. Block scalars drop their indentation, folded
 * ones join lines, CRLF becomes LF, and an indentation indicator (`|2-`) keeps extra spaces — but
 * each source line's content still appears verbatim and in order in the value, separated only by
 * white space. Lines that do not (escape sequences in a double-quoted scalar) are skipped and map
 * to the line before them.
 */
function segmentsOf(value, node, source) {
    const [start, end] = node.range ?? [0, 0];
    const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const isQuoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    let lineStart = start + (isQuoted ? 1 : 0);
    if (isBlock) {
        const headerEnd = source.indexOf('\n', start);
        lineStart = headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1;
    }
    const segments = [];
    let cursor = 0;
    while (lineStart < end) {
        let lineEnd = source.indexOf('\n', lineStart);
        if (lineEnd === -1 || lineEnd > end)
            lineEnd = end;
        const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
        const content = line.trim();
        if (content !== '') {
            const found = value.indexOf(content, cursor);
            if (found !== -1 && value.slice(cursor, found).trim() === '') {
                segments.push({ valueStart: found, sourceOffset: lineStart + (line.length - line.trimStart().length) });
                cursor = found + content.length;
            }
        }
        lineStart = lineEnd + 1;
    }
    return segments;
}
/** Builds the offset map lazily: most scalars are never asked for a position. */
function scriptSource(text, node, source, lineCounter) {
    let segments;
    return {
        text,
        at(offset) {
            segments ??= segmentsOf(text, node, source);
            let low = 0;
            let high = segments.length - 1;
            let best = -1;
            while (low <= high) {
                const mid = (low + high) >> 1;
                if (segments[mid].valueStart <= offset) {
                    best = mid;
                    low = mid + 1;
                }
                else {
                    high = mid - 1;
                }
            }
            const fileOffset = best === -1 ? (node.range?.[0] ?? 0) : segments[best].sourceOffset + (offset - segments[best].valueStart);
            const pos = lineCounter.linePos(fileOffset);
            return { line: pos.line, column: pos.col };
        },
    };
}

;// CONCATENATED MODULE: ./src/model/build.ts





/** GitHub caps a matrix at 256 jobs; aliases beyond this count are an alias bomb, not a workflow. */
const MAX_ALIAS_COUNT = 256;
/** The filters of `push` and `pull_request` events that narrow when a workflow runs. */
const TRIGGER_FILTERS = new Set(['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore']);
/**
 * The keys GitHub accepts on a job that calls a reusable workflow
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/reusable-workflows); anything
 * else, `continue-on-error` included, makes the workflow invalid.
 */
const REUSABLE_CALL_KEYS = new Set(['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'permissions', 'concurrency']);
class Builder {
    doc;
    lineCounter;
    text;
    problems = [];
    constructor(doc, lineCounter, text) {
        this.doc = doc;
        this.lineCounter = lineCounter;
        this.text = text;
    }
    pos(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        return rangeToPosition(this.lineCounter, range[0], range[1]);
    }
    problem(message, node) {
        this.problems.push({ message, pos: this.pos(node) });
    }
    /** Follows an alias to its anchor (one hop: anchors cannot point at aliases). */
    deref(node) {
        if ((0,dist/* isAlias */.Vj)(node))
            return node.resolve(this.doc) ?? null;
        return node ?? null;
    }
    pairs(map) {
        const out = [];
        for (const pair of map.items) {
            const keyNode = this.deref(pair.key);
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : undefined;
            if (key === undefined || !keyNode)
                continue;
            out.push({ key, pair, keyNode, value: this.deref(pair.value) });
        }
        return out;
    }
    field(map, name) {
        return this.pairs(map).find((entry) => entry.key === name);
    }
    /** The plain JS value of a node, with aliases expanded under a budget. */
    toJS(node) {
        if (node === null)
            return null;
        if ((0,dist/* isScalar */.jn)(node))
            return node.value;
        try {
            return node.toJS(this.doc, { maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            this.problem(`cannot expand value: ${error.message}`, node);
            return undefined;
        }
    }
    /** An `if:` whose expression does not parse makes GitHub reject the workflow. */
    condition(map) {
        const condition = this.located(map, 'if');
        const error = condition && analyzeCondition(condition.value).error;
        if (condition && error)
            this.problems.push({ message: `invalid expression in "if": ${error.message}`, pos: condition.valuePos });
        return condition;
    }
    locate(value, keyNode, valueNode) {
        const keyPos = this.pos(keyNode);
        const valuePos = this.pos(valueNode);
        const located = { value, keyPos, valuePos, span: span(keyPos, valuePos) };
        if (typeof value === 'string' && (0,dist/* isScalar */.jn)(valueNode))
            located.source = scriptSource(value, valueNode, this.text, this.lineCounter);
        return located;
    }
    located(map, name) {
        const entry = this.field(map, name);
        if (!entry)
            return undefined;
        return this.locate(this.toJS(entry.value), entry.keyNode, entry.value ?? entry.keyNode);
    }
    locatedString(map, name) {
        const entry = this.field(map, name);
        if (!entry)
            return undefined;
        if (!(0,dist/* isScalar */.jn)(entry.value) || entry.value.value === null || typeof entry.value.value === 'object') {
            this.problem(`"${name}" must be a string`, entry.value ?? entry.keyNode);
            return undefined;
        }
        return this.locate(String(entry.value.value), entry.keyNode, entry.value);
    }
    stringValue(map, name) {
        const entry = this.field(map, name);
        return (0,dist/* isScalar */.jn)(entry?.value) && entry.value.value !== null ? String(entry.value.value) : undefined;
    }
    mapping(map, name) {
        const entry = this.field(map, name);
        if (!entry || entry.value === null)
            return undefined;
        if (!(0,dist/* isMap */.jh)(entry.value)) {
            this.problem(`"${name}" must be a mapping`, entry.value);
            return undefined;
        }
        return entry.value;
    }
    inputs(map, name) {
        const inputs = new Map();
        const withMap = this.mapping(map, name);
        if (!withMap)
            return inputs;
        for (const entry of this.pairs(withMap)) {
            inputs.set(entry.key, this.locate(this.toJS(entry.value), entry.keyNode, entry.value ?? entry.keyNode));
        }
        return inputs;
    }
    defaultShell(map) {
        const defaults = this.mapping(map, 'defaults');
        const run = defaults && this.mapping(defaults, 'run');
        return run && this.locatedString(run, 'shell');
    }
    steps(container, required) {
        const entry = this.field(container, 'steps');
        if (!entry) {
            return [];
        }
        if (!(0,dist/* isSeq */.oP)(entry.value)) {
            if (required || entry.value !== null)
                this.problem('"steps" must be a sequence of steps', entry.value ?? entry.keyNode);
            return [];
        }
        const steps = [];
        entry.value.items.forEach((item, index) => {
            const node = this.deref(item);
            if (!(0,dist/* isMap */.jh)(node)) {
                this.problem(`step ${index + 1} must be a mapping`, node ?? entry.value);
                return;
            }
            steps.push(this.step(node, index));
        });
        return steps;
    }
    step(node, index) {
        const runEntry = this.field(node, 'run');
        let run;
        if (runEntry && (0,dist/* isScalar */.jn)(runEntry.value) && runEntry.value.value !== null) {
            const text = String(runEntry.value.value);
            run = {
                text,
                keyPos: this.pos(runEntry.keyNode),
                valuePos: this.pos(runEntry.value),
                source: scriptSource(text, runEntry.value, this.text, this.lineCounter),
            };
        }
        const id = this.stringValue(node, 'id');
        const name = this.stringValue(node, 'name');
        const uses = this.locatedString(node, 'uses');
        const firstRunLine = run?.text
            .split('\n')
            .find((line) => line.trim() !== '')
            ?.trim();
        return {
            index,
            id,
            name,
            uses,
            run,
            shell: this.locatedString(node, 'shell'),
            if: this.condition(node),
            continueOnError: this.located(node, 'continue-on-error'),
            with: this.inputs(node, 'with'),
            expressions: this.expressionsIn(node),
            pos: this.pos(node),
            label: name ?? id ?? uses?.value ?? firstRunLine ?? `step ${index + 1}`,
            commands: [],
            kind: 'unknown',
        };
    }
    matrix(job) {
        const strategy = this.mapping(job, 'strategy');
        if (!strategy)
            return {};
        const failFast = this.located(strategy, 'fail-fast');
        const entry = this.field(strategy, 'matrix');
        if (!entry)
            return { failFast };
        return { matrix: { legs: expandMatrix(this.toJS(entry.value)), pos: this.pos(entry.keyNode) }, failFast };
    }
    needs(job) {
        const entry = this.field(job, 'needs');
        if (!entry)
            return [];
        const items = (0,dist/* isSeq */.oP)(entry.value) ? entry.value.items.map((item) => this.deref(item)) : [entry.value];
        const needs = [];
        for (const item of items) {
            if (!(0,dist/* isScalar */.jn)(item) || item.value === null || typeof item.value === 'object') {
                this.problem('"needs" must be a job id or a list of job ids', item ?? entry.keyNode);
                continue;
            }
            // A finding about one dependency points at that entry, not at the whole `needs:` list.
            needs.push({ ...this.locate(String(item.value), entry.keyNode, item), span: this.pos(item) });
        }
        return needs;
    }
    /** Every `${{ }}` in the scalars below `node` (aliases are not followed: their anchors are walked where they stand). */
    expressionsIn(node) {
        const found = [];
        (0,dist/* visit */.YR)(node, {
            Scalar(_, scalar) {
                if (typeof scalar.value === 'string' && scalar.value.includes('${{')) {
                    for (const span of findExpressionSpans(scalar.value))
                        found.push(span.inner);
                }
            },
        });
        return found;
    }
    job(id, keyNode, node) {
        if (this.field(node, 'uses')) {
            for (const { key, keyNode: unexpected } of this.pairs(node)) {
                if (!REUSABLE_CALL_KEYS.has(key))
                    this.problem(`"${key}" is not allowed on job "${id}", which calls a reusable workflow`, unexpected);
            }
        }
        return {
            id,
            name: this.stringValue(node, 'name'),
            keyPos: this.pos(keyNode),
            needs: this.needs(node),
            if: this.condition(node),
            continueOnError: this.located(node, 'continue-on-error'),
            runsOn: this.located(node, 'runs-on'),
            container: this.located(node, 'container'),
            ...this.matrix(node),
            hasOutputs: this.field(node, 'outputs') !== undefined,
            uses: this.locatedString(node, 'uses'),
            with: this.inputs(node, 'with'),
            steps: this.steps(node, false),
            defaultShell: this.defaultShell(node),
            kind: 'unknown',
            expressions: this.expressionsIn(node),
        };
    }
    events(root) {
        const entry = this.field(root, 'on');
        if (!entry) {
            this.problem('workflow has no "on:" trigger', root);
            return { events: [], triggers: [] };
        }
        const value = entry.value;
        const onPos = this.pos(entry.keyNode);
        const bare = (event, node) => ({ event, keyPos: this.pos(node), filters: new Map() });
        let triggers = [];
        if ((0,dist/* isScalar */.jn)(value) && value.value !== null)
            triggers = [bare(String(value.value), value)];
        else if ((0,dist/* isSeq */.oP)(value)) {
            triggers = value.items
                .map((item) => this.deref(item))
                .filter(dist/* isScalar */.jn)
                .map((item) => bare(String(item.value), item));
        }
        else if ((0,dist/* isMap */.jh)(value)) {
            triggers = this.pairs(value).map(({ key, keyNode, value: config }) => ({
                event: key,
                keyPos: this.pos(keyNode),
                filters: (0,dist/* isMap */.jh)(config) ? this.filters(config) : new Map(),
            }));
        }
        else {
            this.problem('"on" must be an event name, a list of events or a mapping', value ?? entry.keyNode);
        }
        return { events: triggers.map((trigger) => trigger.event), onPos, triggers };
    }
    /** An event's `branches`, `paths`, … filters, each a list of globs. */
    filters(config) {
        const filters = new Map();
        for (const { key, keyNode, value } of this.pairs(config)) {
            if (!TRIGGER_FILTERS.has(key))
                continue;
            const items = (0,dist/* isSeq */.oP)(value) ? value.items.map((item) => this.deref(item)) : [value];
            const globs = items.filter(dist/* isScalar */.jn).map((item) => String(item.value));
            filters.set(key, this.locate(globs, keyNode, value ?? keyNode));
        }
        return filters;
    }
    workflow(file, root) {
        const jobsMap = this.mapping(root, 'jobs');
        const jobs = [];
        if (!jobsMap) {
            if (!this.field(root, 'jobs'))
                this.problem('workflow has no "jobs:"', root);
        }
        else {
            for (const { key, keyNode, value } of this.pairs(jobsMap)) {
                if (!(0,dist/* isMap */.jh)(value)) {
                    this.problem(`job "${key}" must be a mapping`, value ?? keyNode);
                    continue;
                }
                jobs.push(this.job(key, keyNode, value));
            }
        }
        const ids = new Set(jobs.map((job) => job.id));
        for (const job of jobs) {
            for (const need of job.needs) {
                if (!ids.has(need.value)) {
                    this.problems.push({ message: `job "${job.id}" needs unknown job "${need.value}"`, pos: need.valuePos });
                }
            }
        }
        return {
            kind: 'workflow',
            file,
            name: this.stringValue(root, 'name'),
            ...this.events(root),
            defaultShell: this.defaultShell(root),
            jobs,
        };
    }
    action(file, root) {
        const runs = this.mapping(root, 'runs');
        if (!runs) {
            if (!this.field(root, 'runs'))
                this.problem('action has no "runs:"', root);
            return { kind: 'action', file, name: this.stringValue(root, 'name'), steps: [] };
        }
        const using = this.stringValue(runs, 'using');
        return {
            kind: 'action',
            file,
            name: this.stringValue(root, 'name'),
            using,
            steps: using === 'composite' ? this.compositeSteps(runs) : [],
        };
    }
    /** Composite-action steps inherit no default shell, so GitHub requires `shell:` on every `run:` step. */
    compositeSteps(runs) {
        const steps = this.steps(runs, true);
        for (const step of steps) {
            if (step.run && !step.shell)
                this.problems.push({ message: `step "${step.label}" of a composite action has "run" but no "shell"`, pos: step.run.keyPos });
        }
        return steps;
    }
}
/** The range from a key to the end of its value. */
function span(keyPos, valuePos) {
    return { line: keyPos.line, column: keyPos.column, endLine: valuePos.endLine, endColumn: valuePos.endColumn };
}
/** Builds the typed model of one parsed file; shape errors become problems at their line. */
function buildModel(file, kind, doc, lineCounter, text) {
    const builder = new Builder(doc, lineCounter, text);
    const root = builder.deref(doc.contents);
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === ''))) {
        builder.problem('file is empty', root);
        return { model: undefined, problems: builder.problems };
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        builder.problem(`the top level must be a mapping, not a ${(0,dist/* isSeq */.oP)(root) ? 'sequence' : 'scalar'}`, root);
        return { model: undefined, problems: builder.problems };
    }
    const model = kind === 'workflow' ? builder.workflow(file, root) : builder.action(file, root);
    return { model, problems: builder.problems };
}

;// CONCATENATED MODULE: ./src/shell/effective-shell.ts

const posix = (errexit, pipefail, description, explicit, os) => ({
    language: 'posix',
    errexit,
    pipefail,
    description,
    explicit,
    os,
});
/** Programs that run their arguments as a command line: `arch -arch arm64 bash {0}`, `conda run -n env bash {0}`. */
const SHELLS = new Set(['bash', 'sh', 'dash', 'zsh', 'ksh', 'ash', 'pwsh', 'powershell', 'cmd', 'python', 'python3', 'msys2']);
/** Splits a shell command line into words, honouring single and double quotes. */
function effective_shell_words(commandLine) {
    const out = [];
    let current = '';
    let quote;
    let inWord = false;
    for (const ch of commandLine) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                out.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        out.push(current);
    return out;
}
const programName = (word) => word
    .split(/[\\/]/)
    .pop()
    .toLowerCase()
    .replace(/\.exe$/, '')
    .replace(/^python3(\.\d+)?$/, 'python');
/**
 * Reads a custom `shell:` command line by its flags rather than by a lookup table, because real
 * repositories write `bash -l {0}`, `bash -xeuo pipefail {0}`, `script -q -e -c "bash … {0}"`,
 * `arch -arch arm64 bash {0}` and `msys2 {0}`.
 */
function parseCustomShell(commandLine, os) {
    const argv = effective_shell_words(commandLine);
    // `script -c "…"` and `sh -c "…"` carry the real command line in one argument; in
    // `pwsh -c ". '{0}'"` that argument is the script's own code, not a shell to unwrap.
    const inner = argv.findIndex((word, i) => i > 0 && /^-[a-z]*c$/.test(argv[i - 1] ?? '') && word.includes('{0}'));
    if (inner !== -1) {
        const unwrapped = parseCustomShell(argv[inner], os);
        if (unwrapped.language !== 'unknown')
            return { ...unwrapped, description: commandLine };
    }
    const start = argv.findIndex((word) => SHELLS.has(programName(word)));
    if (start === -1)
        return { language: 'unknown', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
    const program = programName(argv[start]);
    if (program === 'pwsh' || program === 'powershell')
        return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
    if (program === 'cmd')
        return { language: 'cmd', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
    if (program === 'python')
        return { language: 'python', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
    // setup-msys2 puts an msys2.cmd wrapper on the PATH that runs `bash.exe -leo pipefail %*`
    // (writeWrapper in https://github.com/msys2/setup-msys2/blob/main/main.js).
    if (program === 'msys2')
        return posix(true, true, commandLine, true, os);
    let errexit = false;
    let pipefail = false;
    const flags = argv.slice(start + 1);
    for (let i = 0; i < flags.length; i++) {
        const flag = flags[i];
        if (flag === '{0}' || (!flag.startsWith('-') && !flag.startsWith('+')))
            break;
        // `-O extglob` (shopt) and `--rcfile FILE` take a value, which is not where the script starts.
        if (/^[-+]O$|^--(rcfile|init-file)$/.test(flag)) {
            i++;
            continue;
        }
        if (flag.startsWith('--'))
            continue; // --noprofile, --norc, --login
        const enable = flag.startsWith('-');
        const letters = flag.slice(1);
        if (letters.includes('e'))
            errexit = enable;
        if (letters.includes('o')) {
            const option = flags[i + 1];
            if (option === 'pipefail')
                pipefail = enable;
            if (option === 'errexit')
                errexit = enable;
            i++;
        }
    }
    return posix(errexit, pipefail, commandLine, true, os);
}
/** The runner OS of a job, from its `runs-on` labels, resolved against every matrix leg. */
function runnerOs(job) {
    if (!job?.runsOn)
        return 'unknown';
    const legs = job.matrix?.legs ?? [undefined];
    const found = new Set();
    for (const leg of legs) {
        const rendered = renderValue(job.runsOn.value, leg ? { matrix: leg } : {});
        const labels = labelsOf(rendered);
        if (labels === undefined)
            return 'unknown';
        found.add(osOfLabels(labels));
    }
    return found.size === 1 ? [...found][0] : 'unknown';
}
function labelsOf(value) {
    if (typeof value === 'string')
        return value.includes('${{') ? undefined : [value];
    if (Array.isArray(value)) {
        const rendered = value.map((item) => (typeof item === 'string' && !item.includes('${{') ? item : undefined));
        return rendered.every((item) => item !== undefined) ? rendered : undefined;
    }
    if (value && typeof value === 'object' && 'labels' in value)
        return labelsOf(value.labels);
    return undefined;
}
function osOfLabels(labels) {
    const text = labels.join(' ').toLowerCase();
    if (/windows|\bwin\b|win\d/.test(text))
        return 'windows';
    if (/macos|\bmac\b|osx|darwin/.test(text))
        return 'macos';
    if (/ubuntu|linux|debian|fedora|centos|rhel|alpine|arm64|x64|self-hosted/.test(text))
        return 'linux';
    return 'unknown';
}
/** The shell a named `shell:` value stands for (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#defaultsrunshell). */
function namedShell(name, os) {
    switch (name) {
        case 'bash':
            return posix(true, true, 'bash (--noprofile --norc -eo pipefail)', true, os);
        case 'sh':
            return posix(true, false, 'sh (-e)', true, os);
        case 'pwsh':
        case 'powershell':
            return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: name, explicit: true, os };
        case 'cmd':
            return { language: 'cmd', errexit: undefined, pipefail: undefined, description: 'cmd', explicit: true, os };
        case 'python':
            return { language: 'python', errexit: undefined, pipefail: undefined, description: 'python', explicit: true, os };
        default:
            return undefined;
    }
}
/**
 * The shell a `run:` step really gets: its own `shell:`, else the job's and then the workflow's
 * `defaults.run.shell` (composite-action steps inherit neither), else the runner default — `bash -e`
 * without pipefail on Linux and macOS, `sh -e` inside a job container, PowerShell on Windows.
 */
function resolveEffectiveShell(step, job, file) {
    const os = runnerOs(job);
    const declared = step.shell?.value ?? (file.kind === 'workflow' ? (job?.defaultShell?.value ?? file.defaultShell?.value) : undefined);
    if (declared !== undefined) {
        const name = declared.trim();
        if (name.includes('${{'))
            return { language: 'unknown', errexit: undefined, pipefail: undefined, description: name, explicit: true, os };
        return namedShell(name, os) ?? parseCustomShell(name, os);
    }
    if (os === 'windows')
        return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: 'pwsh (Windows default)', explicit: false, os };
    if (job?.container)
        return posix(true, false, 'sh -e (job container default)', false, os);
    return posix(true, false, 'bash -e (runner default, no pipefail)', false, os);
}

;// CONCATENATED MODULE: ./src/model/facts.ts







/** The script a step runs: its `run:`, or the script input of a well-known action. */
async function scriptOf(step, job, file) {
    let script;
    if (step.run) {
        script = { source: step.run.source, origin: 'run', shell: resolveEffectiveShell(step, job, file) };
    }
    else {
        const input = scriptInputOf(step.uses?.value, step.with);
        const source = input && step.with.get(input.entry.input)?.source;
        if (!input || !source)
            return undefined;
        const os = runnerOs(job);
        script = { source, origin: 'input', shell: { ...parseCustomShell(inputShellLine(input.entry, step.with, os), os), explicit: false } };
    }
    await readScript(script);
    return script;
}
/** Reads a script once, for its language; the rules and the classifier use what this leaves on it. */
async function readScript(script) {
    const text = script.source.text;
    switch (script.shell.language) {
        case 'pwsh':
            script.pwsh = readPowerShell(text);
            return;
        case 'cmd':
            script.cmd = readCmd(text);
            return;
        case 'python':
            script.pythonComments = [];
            script.python = readPython(text, script.pythonComments);
            return;
        default:
            script.tree = await parseScript(text);
    }
}
/** The words of every command a script runs, whatever its language, for the step classifier. */
function commandsOf(script) {
    if (!script)
        return [];
    if (script.tree)
        return commandWords(script.tree.rootNode);
    const events = script.pwsh?.events ?? script.cmd?.events ?? [];
    return events.flatMap((event) => (event.type === 'command' && event.argv.length > 0 ? [event.argv] : []));
}
async function classifyStepInPlace(step, job, file) {
    step.script = await scriptOf(step, job, file);
    step.commands = commandsOf(step.script);
    step.kind = classifyStep({ uses: step.uses?.value, commands: step.commands, name: step.name });
}
/** The script input of a reusable-workflow call, as a pseudo-step that the script rules can read. */
async function callScriptOf(job, uses) {
    const input = scriptInputOf(uses.value, job.with);
    const source = input && job.with.get(input.entry.input)?.source;
    if (!input || !source)
        return undefined;
    const os = runnerOs(job);
    const shell = { ...parseCustomShell(inputShellLine(input.entry, job.with, os), os), explicit: false };
    const script = { source, origin: 'input', shell };
    await readScript(script);
    const commands = commandsOf(script);
    return {
        index: 0,
        name: job.name ?? job.id,
        uses,
        with: job.with,
        expressions: job.expressions,
        pos: job.keyPos,
        label: `${job.name ?? job.id} (${input.entry.input} input)`,
        script,
        commands,
        kind: classifyStep({ commands, name: job.name }),
    };
}
/** A reusable-workflow call: its script input if it has one, else what the called file is named. */
async function classifyCall(job, uses) {
    job.callScript = await callScriptOf(job, uses);
    const fromScript = job.callScript && job.callScript.commands.length > 0 ? job.callScript.kind : 'unknown';
    const calledFile = uses.value.split('@')[0].split('/').pop() ?? '';
    job.kind = classify_mostSevereKind([fromScript, classifyName(calledFile.replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ')) ?? 'unknown']);
    if (job.kind === 'unknown')
        job.kind = classifyName(job.name ?? job.id) ?? classifyUses(uses.value);
}
/**
 * Fills in what every step and job does (the shared classifier) and the script each step runs,
 * with its effective shell and parse tree. Call `disposeModel` when the rules are done.
 */
async function classifyModel(model) {
    if (model.kind === 'action') {
        for (const step of model.steps)
            await classifyStepInPlace(step, undefined, model);
        return;
    }
    for (const job of model.jobs) {
        for (const step of job.steps)
            await classifyStepInPlace(step, job, model);
        if (job.uses)
            await classifyCall(job, job.uses);
        else
            job.kind = job.steps.length > 0 ? classify_mostSevereKind(job.steps.map((step) => step.kind)) : 'unknown';
    }
}
/** Drops the parse trees once the rules ran, so that a model kept for longer does not keep them. */
function disposeModel(model) {
    const steps = model.kind === 'action' ? model.steps : model.jobs.flatMap((job) => (job.callScript ? [...job.steps, job.callScript] : job.steps));
    for (const step of steps) {
        if (step.script)
            step.script.tree = undefined;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/fingerprint.ts

const collapse = (text) => text.replace(/\s+/g, ' ').trim();
/** A step's identity across commits: its id, else its name, else what it runs. */
function stepIdentity(step) {
    if (!step)
        return '';
    return step.id ?? step.name ?? collapse(step.uses?.value ?? step.run?.text ?? '');
}
/**
 * A fingerprint stays the same when lines move or unrelated steps come and go, and changes when
 * the offending construct or the step it masks changes. Duplicates get an occurrence index.
 */
class Fingerprinter {
    seen = new Map();
    fingerprint(parts) {
        const key = [parts.ruleId, parts.file, parts.job ?? '', stepIdentity(parts.step), collapse(parts.snippet)].join('\u0000');
        const occurrence = this.seen.get(key) ?? 0;
        this.seen.set(key, occurrence + 1);
        return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
    }
}

;// CONCATENATED MODULE: ./src/engine.ts















/** Applies a PATH's config to what the rules and the loader report: `off` rules, severity overrides. */
class FindingFactory {
    config;
    fingerprints = new Fingerprinter();
    constructor(config) {
        this.config = config;
    }
    isOff(ruleId) {
        return this.config?.rules.get(ruleId) === 'off';
    }
    make(source) {
        const level = this.config?.rules.get(source.rule.id);
        if (level === 'off')
            return undefined;
        return {
            ruleId: source.rule.id,
            category: source.category ?? source.rule.category,
            severity: level ?? source.severity,
            file: source.file,
            line: source.pos.line,
            column: source.pos.column,
            endLine: source.pos.endLine,
            endColumn: source.pos.endColumn,
            message: source.message,
            workflow: source.workflow,
            job: source.job?.id ?? null,
            step: source.step?.label ?? null,
            fingerprint: this.fingerprints.fingerprint({
                ruleId: source.rule.id,
                file: source.file,
                job: source.job?.id,
                step: source.step,
                snippet: source.snippet,
            }),
            new: true,
            suppressed: false,
            suppression: null,
        };
    }
}
function runRules(model, rules, factory) {
    const findings = [];
    const workflow = model.name ?? model.file;
    for (const rule of rules) {
        if (factory.isOff(rule.meta.id))
            continue;
        rule.check({
            file: model,
            report(report) {
                const finding = factory.make({
                    rule: rule.meta,
                    severity: report.severity,
                    category: report.category,
                    file: model.file,
                    pos: report.pos,
                    message: report.message,
                    workflow,
                    job: report.job,
                    step: report.step,
                    snippet: report.snippet ?? report.message,
                });
                if (finding)
                    findings.push(finding);
            },
        });
    }
    return findings;
}
/** Rule ids and categories: what a suppression may name. */
const SUPPRESSIBLE_NAMES = new Set([...ALL_RULE_META.map((meta) => meta.id), ...CATEGORIES]);
async function auditFile(file, rules, factory, exists) {
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(file.absolute);
    }
    catch (error) {
        return {
            findings: [],
            directives: [],
            workflow: file.relative,
            error: { file: file.relative, message: `cannot read file: ${error.code ?? error.message}` },
        };
    }
    const parsed = parseYaml(bytes);
    let problems = parsed.problems;
    let model;
    if (parsed.doc && problems.length === 0) {
        const built = buildModel(file.relative, file.kind, parsed.doc, parsed.lineCounter, parsed.text);
        problems = built.problems;
        model = built.model;
    }
    const workflow = model?.name ?? file.relative;
    const findings = problems.flatMap((problem) => {
        const finding = factory.make({
            rule: INVALID_FILE_RULE,
            // GitHub refuses such a file loudly (a failed run), so it is not silent — but nothing in it is checked.
            severity: 'medium',
            file: file.relative,
            pos: problem.pos,
            message: `${problem.message} — GitHub will not run this ${file.kind}, and nothing else in it was checked.`,
            workflow,
            snippet: problem.message,
        });
        return finding ? [finding] : [];
    });
    const analysed = model && problems.length === 0 ? model : undefined;
    let summary;
    let directives = [];
    try {
        if (analysed) {
            await classifyModel(analysed);
            findings.push(...runRules(analysed, rules, factory));
            summary = summarize(analysed, exists);
        }
        directives = collectDirectives(parsed.text, parsed.lineCounter, analysed);
    }
    finally {
        if (analysed)
            disposeModel(analysed);
    }
    return {
        findings,
        directives,
        workflow,
        name: model?.name,
        events: model?.kind === 'workflow' ? model.events : undefined,
        summary,
        problem: problems[0]?.message,
    };
}
const WORKER_TAG = 'silent-failure-audit:audit-worker';
/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 64;
/** Files a worker is sent at a time: small enough to balance, large enough not to chatter. */
const WORKER_BATCH = 16;
/**
 * Worker threads unless --jobs says otherwise. Measured on the 2-core machines CI runs on, workers
 * did not pay off (docs/performance.md): each compiles the bundle and the grammar cold, and that
 * costs more than the half of the audit it takes over. One thread, then, unless asked.
 */
const DEFAULT_JOBS = 1;
function workerCount(options, files) {
    // Custom rules cannot be sent to a worker; from TypeScript sources (the tests) there is no bundle to start.
    if (options.rules || files < PARALLEL_THRESHOLD || !import.meta.url.endsWith('.js'))
        return 1;
    const requested = options.jobs ?? DEFAULT_JOBS;
    return Math.max(1, Math.min(requested, Math.ceil(files / WORKER_BATCH)));
}
/**
 * Audits files in worker threads that run this same bundle, each with its own parser; outcomes come
 * back in file order, so the result is the one a single thread gives. Fingerprints do not depend on
 * which thread made them: their occurrence counters are per file.
 */
async function auditInWorkers(files, config, audited, count) {
    const outcomes = new Array(files.length);
    let next = 0;
    const run = () => new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(new URL(import.meta.url), { workerData: { [WORKER_TAG]: true, config, audited } });
        const send = () => {
            if (next >= files.length) {
                void worker.terminate().then(() => resolve(), reject);
                return;
            }
            const start = next;
            next = Math.min(files.length, next + WORKER_BATCH);
            worker.postMessage({ start, files: files.slice(start, next) });
        };
        worker.on('message', (message) => {
            message.outcomes.forEach((outcome, i) => (outcomes[message.start + i] = outcome));
            send();
        });
        worker.on('error', reject);
        send();
    });
    await Promise.all(Array.from({ length: count }, run));
    return outcomes;
}
/**
 * In a worker thread started by `auditInWorkers`, serves audit requests and returns true; the entry
 * points call it first and do nothing else when it does. Elsewhere returns false.
 */
function serveAuditWorker() {
    const data = external_node_worker_threads_namespaceObject.workerData;
    if (external_node_worker_threads_namespaceObject.isMainThread || !external_node_worker_threads_namespaceObject.parentPort || !data?.[WORKER_TAG])
        return false;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    const factory = new FindingFactory(data.config);
    const audited = new Set(data.audited);
    port.on('message', async (message) => {
        const outcomes = [];
        for (const file of message.files)
            outcomes.push(await auditFile(file, RULES, factory, (relative) => audited.has(relative)));
        port.postMessage({ start: message.start, outcomes });
    });
    return true;
}
/** Applies each file's suppression comments to its findings, and reports the comments that are wrong or unused. */
function applyInline(findings, files, factory) {
    if (files.size === 0)
        return [];
    const byFile = new Map();
    for (const finding of findings)
        if (files.has(finding.file))
            byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    const issues = [];
    for (const [file, outcome] of files) {
        for (const issue of applyDirectives(byFile.get(file) ?? [], outcome.directives, SUPPRESSIBLE_NAMES, (name) => factory.isOff(name))) {
            const finding = factory.make({ ...issue, severity: 'info', file, workflow: outcome.workflow });
            if (finding)
                issues.push(finding);
        }
    }
    return issues;
}
/** The config of one PATH: the one given for all, else the PATH's own file, else none. */
function configFor(root, options) {
    if (options.config !== undefined)
        return options.config;
    const file = findConfig(root);
    return file ? loadConfig(file) : null;
}
/** `paths` and `ignore` of the config, over paths relative to a directory PATH. */
function selected(relative, config) {
    if (!config)
        return true;
    const match = (glob) => minimatch(relative, glob, { dot: true });
    if (config.paths && !config.paths.some(match))
        return false;
    return !config.ignore?.some(match);
}
/** The inventory entry of a file GitHub cannot run: it is Disabled, whatever it says. */
function unrunnable(file, outcome) {
    return {
        entry: {
            file: file.relative,
            kind: file.kind,
            name: outcome.name ?? null,
            events: outcome.events ?? [],
            runsOn: 'never: GitHub cannot run it',
            firing: null,
            filters: [],
            jobs: [],
            calledBy: [],
            signal: 'Disabled',
            reason: `GitHub cannot run it: ${outcome.problem ?? 'invalid file'}`,
            findings: 0,
        },
        references: new Map(),
        own: new Map(),
        fixed: true,
    };
}
/** Config allow entries that matched nothing are reported at their line in the config file. */
function unusedAllowFindings(root, config, unused, factory) {
    const file = external_node_path_default().relative(external_node_path_default().resolve(root), config.absolute).split((external_node_path_default()).sep).join('/');
    return unused.flatMap((entry) => {
        const what = [entry.rule, entry.category, entry.path, entry.job, entry.step].filter((part) => part !== undefined).join(' / ');
        const message = `allow entry (${what}) matches no finding: remove it, or correct its rule, path, job or step`;
        const finding = factory.make({
            rule: UNUSED_SUPPRESSION_RULE,
            severity: 'info',
            file,
            pos: { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column },
            message,
            workflow: null,
            snippet: `${message} ${entry.reason}`,
        });
        return finding ? [finding] : [];
    });
}
const compareFindings = (a, b) => a.file < b.file
    ? -1
    : a.file > b.file
        ? 1
        : a.line - b.line ||
            a.column - b.column ||
            severityRank(b.severity) - severityRank(a.severity) ||
            (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
/**
 * Audits every workflow and composite action under the given paths (DESIGN §4), with each PATH's
 * config applied: severities, `off` rules, `paths`/`ignore`, allow entries and inline suppressions.
 */
async function audit(paths, options = {}) {
    const rules = options.rules ?? RULES;
    const result = { findings: [], errors: [], inventory: [], filesScanned: 0, configs: [] };
    for (const root of paths.length > 0 ? paths : ['.']) {
        const config = configFor(root, options);
        if (config && !result.configs.includes(config))
            result.configs.push(config);
        const discovered = discoverFiles(root);
        result.errors.push(...discovered.errors);
        const factory = new FindingFactory(config);
        const rootFindings = [];
        const summaries = [];
        const files = discovered.files.filter((file) => discovered.single || selected(file.relative, config));
        const audited = new Set(files.map((file) => file.relative));
        const exists = (relative) => audited.has(relative);
        const directivesByFile = new Map();
        const workers = workerCount(options, files.length);
        const outcomes = workers > 1 ? await auditInWorkers(files, config, [...audited], workers) : undefined;
        for (const [index, file] of files.entries()) {
            result.filesScanned++;
            const outcome = outcomes?.[index] ?? (await auditFile(file, rules, factory, exists));
            if (outcome.directives.length > 0)
                directivesByFile.set(file.relative, outcome);
            if (outcome.error)
                result.errors.push(outcome.error);
            rootFindings.push(...outcome.findings);
            if (outcome.summary)
                summaries.push(outcome.summary);
            else if (!outcome.error)
                summaries.push(unrunnable(file, outcome));
        }
        const complete = options.complete ?? (!discovered.single && (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, '.git')));
        // Resolved twice: first for the broken references (findings that comments and allow entries may
        // suppress), then, with every suppression applied, for the classification.
        const { broken } = resolveInventory(summaries, rootFindings, complete);
        const brokenFindings = broken.flatMap((reference) => {
            const finding = factory.make({ rule: BROKEN_LOCAL_REFERENCE_RULE, workflow: null, ...reference, job: undefined });
            return finding ? [{ ...finding, job: reference.job }] : [];
        });
        rootFindings.push(...brokenFindings);
        rootFindings.push(...applyInline(rootFindings, directivesByFile, factory));
        if (config && config.allow.length > 0)
            rootFindings.push(...unusedAllowFindings(root, config, applyAllows(rootFindings, config.allow), factory));
        result.inventory.push(...resolveInventory(summaries, rootFindings, complete).inventory);
        result.findings.push(...rootFindings);
    }
    result.findings.sort(compareFindings);
    return result;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/git.ts





class GitError extends Error {
}
function git(cwd, args) {
    try {
        // Arguments are passed as a list, never through a shell; refs and paths cannot inject commands.
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    }
    catch (error) {
        const stderr = error.stderr?.toString().trim();
        throw new GitError(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
    }
}
/**
 * Writes the workflow and action files that `ref` had below `scanned` into a temporary directory,
 * laid out as they are under `scanned`, so the same engine audits them and the fingerprints match.
 * Returns the directory.
 */
function checkoutAuditedFiles(scanned, ref) {
    const directory = external_node_path_default().resolve(scanned);
    const top = git(directory, ['rev-parse', '--show-toplevel']).toString().trim();
    const prefix = external_node_path_default().relative(top, directory).split((external_node_path_default()).sep).join('/');
    const commit = git(top, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])
        .toString()
        .trim();
    const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])]).toString();
    const out = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'sfa-base-'));
    for (const entry of listing.split('\0')) {
        const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        // Regular files only (mode 100644/100755): symbolic links in the base are not followed either.
        if (!match || match[2] !== 'blob' || !match[1].startsWith('100'))
            continue;
        const relative = prefix ? external_node_path_default().posix.relative(prefix, match[4]) : match[4];
        if (!isAuditedPath(relative))
            continue;
        const target = external_node_path_default().join(out, ...relative.split('/'));
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(target, git(top, ['cat-file', 'blob', match[3]]));
    }
    return out;
}
/**
 * Makes sure a commit is present: a pull request's base is usually missing from the shallow clone
 * actions/checkout makes, so it is fetched alone, at depth 1.
 */
function ensureCommit(scanned, sha) {
    const directory = path.resolve(scanned);
    try {
        git(directory, ['cat-file', '-e', `${sha}^{commit}`]);
    }
    catch {
        git(directory, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    }
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The versioned JSON contract of DESIGN §5. */
function formatJson(result) {
    const document = {
        version: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        findings: result.findings,
        errors: result.errors,
        inventory: result.inventory,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Makes a user-controlled string (a step name, a job id, a file name, a message quoting YAML)
 * inert inside a Markdown table cell: no HTML, no table breaks, no links, no code spans, one line.
 */
function escapeMarkdown(text, maxLength = 300) {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
    // Markdown punctuation first, so the `#` of the entities added next is not escaped again.
    return clipped
        .replace(/([\\`*_[\]{}()#+!~:@])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;');
}
/** A URL path segment list such as `.github/workflows/ci.yml`, each segment percent-encoded. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub rejects a job summary over 1 MiB; stop adding rows well before that. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
const SEVERITY_BADGE = { high: '🔴 high', medium: '🟠 medium', low: '🔵 low', info: '⚪ info' };
function markdown_location(finding, linkBase, label = `${finding.file}:${finding.line}`) {
    const text = escapeMarkdown(label);
    if (!linkBase)
        return text;
    return `[${text}](${linkBase}/${encodePath(finding.file)}#L${finding.line})`;
}
/** Most severe first, then by place: the order of a risk register. */
const bySeverity = (a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
const SIGNAL_BADGE = {
    Strong: '🟢 Strong',
    Weak: '🟡 Weak',
    Cosmetic: '🟠 Cosmetic',
    Legacy: '⚪ Legacy',
    Disabled: '⚫ Disabled',
};
/** Which checks can be trusted: every workflow (and composite action) with its signal and why. */
function inventorySection(inventory, options, budget) {
    if (inventory.length === 0)
        return [];
    const workflows = inventory.filter((entry) => entry.kind === 'workflow');
    const counts = SIGNALS.map((signal) => `${signal} ${workflows.filter((entry) => entry.signal === signal).length}`).join(' · ');
    const lines = [
        `${workflows.length} workflow(s): ${counts}.`,
        '',
        '| signal | workflow | runs on | jobs | findings | why |',
        '|---|---|---|---:|---:|---|',
    ];
    const order = (entry) => SIGNALS.indexOf(entry.signal);
    const rows = [...inventory].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'workflow' ? -1 : 1) || order(b) - order(a) || (a.file < b.file ? -1 : 1));
    let shown = 0;
    for (const entry of rows) {
        const name = entry.name ? `${entry.file} (${entry.name})` : entry.file;
        const kind = entry.kind === 'action' ? 'composite action' : escapeMarkdown(entry.runsOn, 120);
        const row = `| ${SIGNAL_BADGE[entry.signal]} | ${markdown_location({ file: entry.file, line: 1 }, options.linkBase, name)} | ${kind} | ${entry.jobs.length} | ${entry.findings} | ${escapeMarkdown(entry.reason, 400)} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < rows.length)
        lines.push('', `…and ${rows.length - shown} more file(s).`);
    const jobs = workflows.flatMap((entry) => entry.jobs.map((job) => ({ entry, job })));
    if (jobs.length > 0 && budget.used < SUMMARY_BUDGET_BYTES) {
        lines.push('', `<details><summary>Jobs (${jobs.length})</summary>`, '', '| signal | job | workflow | required | why |', '|---|---|---|---|---|');
        for (const { entry, job } of jobs) {
            const required = job.required === null ? '' : job.required ? 'required' : 'not required';
            const label = job.name === job.id ? job.id : `${job.id} (${job.name})`;
            const row = `| ${SIGNAL_BADGE[job.signal]} | ${markdown_location({ file: entry.file, line: job.line }, options.linkBase, label)} | ${escapeMarkdown(entry.file)} | ${required} | ${escapeMarkdown(job.reason, 300)} |`;
            budget.used += Buffer.byteLength(row) + 1;
            if (budget.used > SUMMARY_BUDGET_BYTES)
                break;
            lines.push(row);
        }
        lines.push('', '</details>');
    }
    return lines;
}
const ruleLink = (finding) => `[${escapeMarkdown(finding.ruleId)}](${DOCS_BASE}/${encodeURIComponent(finding.ruleId)}.md)`;
function countsTable(findings) {
    const severities = [...SEVERITIES].reverse();
    const rows = [`| category | ${severities.join(' | ')} |`, `|---|${severities.map(() => '---:').join('|')}|`];
    for (const category of CATEGORIES) {
        const inCategory = findings.filter((f) => f.category === category);
        if (inCategory.length === 0)
            continue;
        rows.push(`| ${category} | ${severities.map((s) => inCategory.filter((f) => f.severity === s).length).join(' | ')} |`);
    }
    return rows;
}
/** One table of findings, cut off before the summary would outgrow its budget. */
function findingsTable(findings, options, budget) {
    const lines = ['| severity | category | location | job / step | finding |', '|---|---|---|---|---|'];
    let shown = 0;
    for (const finding of findings) {
        const where = [finding.job, finding.step]
            .filter((part) => part !== null)
            .map((part) => escapeMarkdown(part, 80))
            .join(' / ');
        const row = `| ${SEVERITY_BADGE[finding.severity]} | ${finding.category} | ${markdown_location(finding, options.linkBase)} | ${where} | ${ruleLink(finding)}: ${escapeMarkdown(finding.message, 500)} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < findings.length) {
        lines.push('', `…and ${findings.length - shown} more finding(s), omitted to keep this summary under GitHub's 1 MiB limit; run the CLI with \`--format json\` for all of them.`);
    }
    return lines;
}
/** Suppressed findings with where they were suppressed and why. */
function suppressedTable(findings, options, budget) {
    const lines = ['| severity | location | rule | suppressed by | reason |', '|---|---|---|---|---|'];
    let shown = 0;
    for (const finding of findings) {
        const by = finding.suppression?.kind === 'config' ? 'config allow' : 'inline comment';
        const reason = finding.suppression?.reason ? escapeMarkdown(finding.suppression.reason, 300) : '*(no reason given)*';
        const row = `| ${SEVERITY_BADGE[finding.severity]} | ${markdown_location(finding, options.linkBase)} | ${ruleLink(finding)} | ${by} | ${reason} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < findings.length)
        lines.push('', `…and ${findings.length - shown} more suppressed finding(s).`);
    return lines;
}
/**
 * The job summary / `--format markdown`: counts by category and severity, then one row per finding.
 * When a baseline or the pull request's base says some findings were already there, the new ones
 * come first and the rest are collapsed under them.
 */
function formatMarkdown(result, options) {
    const active = result.findings.filter((f) => !f.suppressed).sort(bySeverity);
    const fresh = active.filter((f) => f.new);
    const known = active.filter((f) => !f.new);
    const lines = [`## ${TOOL_NAME}`, ''];
    const verdict = options.blocking > 0
        ? `❌ **${options.blocking} new finding(s) at or above \`${options.failOn}\`** block this check.`
        : `✅ No new finding at or above \`${options.failOn}\`.`;
    const split = known.length > 0 ? ` (${fresh.length} new, ${known.length} already present)` : '';
    lines.push(`${verdict} ${active.length} finding(s) in ${result.filesScanned} file(s)${split}.`, '');
    if (active.length > 0)
        lines.push('### Findings by category', '', ...countsTable(active), '');
    if (options.notAnnotated) {
        lines.push(`> ${options.notAnnotated} finding(s) are not annotated on the diff: GitHub shows at most 10 annotations of each level per step. All are listed below.`, '');
    }
    const budget = { used: Buffer.byteLength(lines.join('\n')) };
    if (known.length === 0) {
        if (active.length > 0)
            lines.push('### Risk register', '', ...findingsTable(active, options, budget));
    }
    else {
        lines.push('### New in this change', '');
        lines.push(...(fresh.length > 0 ? findingsTable(fresh, options, budget) : ['None.']));
        lines.push('', `<details><summary>Already present before this change (${known.length})</summary>`, '');
        lines.push(...findingsTable(known, options, budget), '', '</details>');
    }
    if (result.inventory.length > 0) {
        const section = inventorySection(result.inventory, options, budget);
        lines.push('');
        if (options.collapseInventory)
            lines.push('<details><summary>Which checks can you trust? Workflow classification</summary>', '', ...section, '', '</details>');
        else
            lines.push('### Which checks can you trust?', '', ...section);
    }
    const suppressed = result.findings.filter((f) => f.suppressed);
    if (suppressed.length > 0) {
        lines.push('', `<details><summary>Suppressed with a reason (${suppressed.length})</summary>`, '');
        lines.push(...suppressedTable(suppressed, options, budget), '', '</details>');
    }
    if (result.errors.length > 0) {
        lines.push('', '### Files that could not be read', '');
        for (const error of result.errors.slice(0, 100))
            lines.push(`- ${escapeMarkdown(error.file)}: ${escapeMarkdown(error.message)}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = { high: 'error', medium: 'warning', low: 'note', info: 'note' };
/**
 * GitHub code scanning ranks results by a CVSS-like `security-severity` number
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * over 7.0 is high, 4.0 to 6.9 medium, below 4.0 low.
 */
const SECURITY_SEVERITY = { high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
/** This project's own fingerprint key, next to GitHub's primaryLocationLineHash. */
const FINGERPRINT_KEY = 'silentFailureAudit/v1';
function sarifResult(finding, ruleIndex) {
    const sameLine = finding.line === finding.endLine;
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: finding.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        ...(sameLine
                            ? { endLine: finding.endLine, endColumn: Math.max(finding.endColumn, finding.column + 1) }
                            : { endLine: finding.endLine }),
                    },
                },
            },
        ],
        // Our fingerprint ignores line numbers, so code scanning keeps tracking an alert when lines move.
        partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1`, [FINGERPRINT_KEY]: finding.fingerprint },
        properties: {
            category: finding.category,
            severity: finding.severity,
            'security-severity': SECURITY_SEVERITY[finding.severity],
            new: finding.new,
            ...(finding.job ? { job: finding.job } : {}),
            ...(finding.step ? { step: finding.step } : {}),
        },
        ...(finding.suppression
            ? {
                suppressions: [
                    { kind: finding.suppression.kind === 'inline' ? 'inSource' : 'external', justification: finding.suppression.reason },
                ],
            }
            : {}),
    };
}
/** A SARIF 2.1.0 log that github/codeql-action/upload-sarif accepts. */
function formatSarif(audit) {
    const rules = ALL_RULE_META.map((meta) => ({
        id: meta.id,
        name: meta.id
            .split('-')
            .map((word) => word[0].toUpperCase() + word.slice(1))
            .join(''),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        helpUri: `${DOCS_BASE}/${meta.id}.md`,
        help: {
            text: `${meta.description} See ${DOCS_BASE}/${meta.id}.md`,
            markdown: `${meta.description} [Documentation](${DOCS_BASE}/${meta.id}.md)`,
        },
        properties: { tags: ['ci', 'silent-failure', meta.category], precision: 'high' },
    }));
    const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: DOCS_BASE, rules } },
                columnKind: 'utf16CodeUnits',
                results: audit.findings.map((finding) => sarifResult(finding, indexOf.get(finding.ruleId) ?? -1)),
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: audit.errors.map((error) => ({
                            level: 'error',
                            message: { text: error.message },
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: error.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                                    },
                                },
                            ],
                        })),
                    },
                ],
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts
const COLOURS = { high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m', info: '\u001b[2m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';
// Terminal escape sequences in a step name must not reach the terminal.
const stripControl = (text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
/** Findings grouped by file, one line each, for a terminal; colour only when asked (a TTY). */
function formatText(result, options) {
    const paint = (code, text) => (options.colour ? `${code}${text}${RESET}` : text);
    const lines = [];
    let currentFile;
    const active = result.findings.filter((finding) => !finding.suppressed);
    for (const finding of active) {
        if (finding.file !== currentFile) {
            if (currentFile !== undefined)
                lines.push('');
            currentFile = finding.file;
            lines.push(paint(BOLD, stripControl(finding.file)));
        }
        const where = `${finding.line}:${finding.column}`.padEnd(8);
        const severity = paint(COLOURS[finding.severity], finding.severity.padEnd(6));
        const marker = finding.new ? '' : ' (known)';
        lines.push(`  ${where}${severity}  ${finding.ruleId}${marker}  ${stripControl(finding.message)}`);
    }
    for (const error of result.errors)
        lines.push(`error: ${stripControl(error.file)}: ${stripControl(error.message)}`);
    if (lines.length > 0)
        lines.push('');
    const counts = ['high', 'medium', 'low', 'info']
        .map((severity) => `${active.filter((f) => f.severity === severity).length} ${severity}`)
        .join(', ');
    const known = active.filter((finding) => !finding.new).length;
    const knownNote = known > 0 ? `, ${known} already known (baseline)` : '';
    const suppressed = result.findings.length - active.length;
    const suppressedNote = suppressed > 0 ? ` ${suppressed} suppressed with a reason (listed by --format json or markdown).` : '';
    lines.push(`${active.length} finding(s) in ${result.filesScanned} file(s) (${counts}${knownNote}); ${options.blocking} new at or above --fail-on ${options.failOn}.${suppressedNote}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli.ts














const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const HELP = `Usage: ${TOOL_NAME} [options] [PATH...]

Finds the places where GitHub Actions CI can fail without anyone noticing.
Each PATH is a repository root, a directory or a file (default: .). In a directory it reads every
.github/workflows/*.{yml,yaml} and every action.{yml,yaml}, skipping .git and node_modules.

Options:
  --format text|json|sarif|markdown
                                output format (default: text; colour only on a terminal)
  --output FILE                 write the report to FILE instead of standard output
  --fail-on LEVEL               exit 1 when a finding is at or above LEVEL:
                                high|medium|low|info|none (default: the config's
                                fail-on, else high)
  --config FILE                 read the config from FILE instead of each PATH's
                                .github/silent-failure-audit.yml
  --baseline FILE               findings recorded in FILE are known: they are
                                reported but never fail the run
  --write-baseline FILE         record every current finding in FILE (sorted JSON,
                                meant to be committed) and treat them as known
  --base-ref REF                findings that the git ref REF already had are known:
                                only what the working tree adds can fail the run
  --jobs N                      audit in N worker threads when there are 64 files
                                or more (default: 1, this thread)
  --version                     print the version
  --help                        print this help

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, config or I/O error.
`;
class UsageError extends Error {
}
/** A file the user named could not be read or written: exit 2, naming the option and the file. */
class FileError extends Error {
}
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string' },
                'fail-on': { type: 'string' },
                config: { type: 'string' },
                jobs: { type: 'string' },
                baseline: { type: 'string' },
                'write-baseline': { type: 'string' },
                'base-ref': { type: 'string' },
                version: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
    const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
    if (values['fail-on'] !== undefined && !failOn) {
        throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${values['fail-on']}"${didYouMean(values['fail-on'], FAIL_ON_VALUES)}`);
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
        throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
    return {
        format,
        jobs,
        output: values.output,
        failOn,
        config: values.config,
        baseline: values.baseline,
        writeBaseline: values['write-baseline'],
        baseRef: values['base-ref'],
        paths: positionals.length > 0 ? positionals : ['.'],
    };
}
/** The fingerprints of what each PATH had at a git ref, audited by the same engine. */
async function fingerprintsAt(ref, paths, config) {
    const known = new Set();
    for (const root of paths) {
        let directory = true;
        try {
            directory = (0,external_node_fs_namespaceObject.statSync)(root).isDirectory();
        }
        catch {
            // A missing PATH is reported by the audit itself.
        }
        if (!directory)
            throw new GitError(`--base-ref compares directories; ${root} is a file`);
        let checkout;
        try {
            checkout = checkoutAuditedFiles(root, ref);
        }
        catch (error) {
            if (!(error instanceof GitError))
                throw error;
            throw new GitError(`--base-ref ${ref}: ${error.message}`);
        }
        // The working tree's config applies to the base too, so that the same rules and severities compare.
        const ownConfig = findConfig(root);
        const base = await audit([checkout], {
            config: config ?? (ownConfig ? loadConfig(ownConfig) : null),
            complete: (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, '.git')),
        });
        for (const finding of base.findings)
            if (!finding.suppressed)
                known.add(finding.fingerprint);
    }
    return known;
}
function readText(file, option) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new FileError(`${option}: cannot read ${file}: ${error.message}`);
    }
}
function writeText(file, text, option) {
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(file, text);
    }
    catch (error) {
        throw new FileError(`${option}: cannot write ${file}: ${error.message}`);
    }
}
/** Runs the CLI and returns its exit code; the entry point only wires process I/O. */
async function runCli(argv, io) {
    let options;
    try {
        options = parseCommandLine(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr.write(`${TOOL_NAME}: ${error.message}\nRun "${TOOL_NAME} --help" for usage.\n`);
        return 2;
    }
    if (options === 'help') {
        io.stdout.write(HELP);
        return 0;
    }
    if (options === 'version') {
        io.stdout.write(`${TOOL_VERSION}\n`);
        return 0;
    }
    let config;
    let result;
    try {
        config = options.config === undefined ? undefined : loadConfig(options.config);
        result = await audit(options.paths, {
            ...(config === undefined ? {} : { config }),
            ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        });
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        io.stderr.write(`${TOOL_NAME}: invalid config:\n${error.problems.map((problem) => `  ${problem}`).join('\n')}\n`);
        return 2;
    }
    const failOn = options.failOn ?? strictest(result.configs.map((entry) => entry.failOn)) ?? 'high';
    try {
        if (options.baseline)
            applyBaseline(result.findings, parseBaseline(readText(options.baseline, '--baseline'), options.baseline));
        if (options.baseRef)
            applyBaseline(result.findings, await fingerprintsAt(options.baseRef, options.paths, config));
        if (options.writeBaseline) {
            const baseline = createBaseline(result.findings);
            writeText(options.writeBaseline, serializeBaseline(baseline), '--write-baseline');
            applyBaseline(result.findings, new Set(baseline.findings.map((entry) => entry.fingerprint)));
        }
    }
    catch (error) {
        if (!(error instanceof BaselineError || error instanceof FileError || error instanceof GitError || error instanceof ConfigError))
            throw error;
        io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
        return 2;
    }
    const blocking = blockingFindings(result.findings, failOn).length;
    const report = options.format === 'json'
        ? formatJson(result)
        : options.format === 'sarif'
            ? formatSarif(result)
            : options.format === 'markdown'
                ? formatMarkdown(result, { failOn, blocking })
                : formatText(result, { colour: io.isTTY && !options.output && !process.env.NO_COLOR, blocking, failOn });
    if (options.output) {
        try {
            writeText(options.output, report, '--output');
        }
        catch (error) {
            if (!(error instanceof FileError))
                throw error;
            io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
            return 2;
        }
    }
    else {
        io.stdout.write(report);
    }
    // Every path unreadable means nothing was audited: that is an I/O error, not a clean bill of health.
    if (result.filesScanned === 0 && result.errors.length > 0) {
        for (const error of result.errors)
            io.stderr.write(`${TOOL_NAME}: ${error.file}: ${error.message}\n`);
        return 2;
    }
    return blocking > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli-entry.ts


// The same bundle runs in the audit's worker threads; there it only serves audit requests.
if (!serveAuditWorker())
    startCli();
function startCli() {
    runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`silent-failure-audit: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 2;
    });
}

