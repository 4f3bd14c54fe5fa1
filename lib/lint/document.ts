import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Markdown plus YAML front matter: the parse every reader of a story shares.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/** Parses a story into the document the linter reads. */
export function parseStory(markdown: string): StoryDocument {
  return buildDocument(markdown, parser.parse(markdown));
}

/** A span of the markdown: 0-based UTF-16 offsets, end exclusive. */
export interface TextRange {
  offset: number;
  endOffset: number;
}

/** A node's type and span, flattened out of the tree so later passes are simple loops. */
export interface FlatNode {
  type: string;
  start: number;
  end: number;
  /** Heading depth, for headings. */
  depth?: number;
  inBlockquote: boolean;
  /** For blocks read out of raw HTML: the element that opened them (`li`, `p`, `h2` …). */
  htmlTag?: string;
}

/**
 * Everything the section finder and the rules need from one parse, gathered in one walk of the tree:
 * the nodes in document order, the prose as a same-length "mask" of the markdown (markup, code, HTML
 * and link targets blanked to spaces, newlines kept), and the spans rules must not read (code, quotes).
 */
export interface StoryDocument {
  markdown: string;
  tree: Root;
  /** Where the body starts: just after the front matter, or 0. */
  bodyStart: number;
  /** Raw YAML of the front matter, if any. */
  frontMatter: string | null;
  nodes: FlatNode[];
  headings: FlatNode[];
  paragraphs: FlatNode[];
  /** Paragraphs, headings and table cells: the blocks sentences live in. */
  textBlocks: FlatNode[];
  /** Code blocks and inline code. */
  codeRanges: TextRange[];
  /** HTML nodes, block and inline (comments included): where suppression comments live. */
  htmlNodes: FlatNode[];
  /** Where the mask had wrapping quotation marks blanked (an answer quoted as a whole, see
   * unwrapAnswerQuotes): the marks' offsets. */
  answerQuotes: number[];
  /** The markdown with only prose (text and inline code) left; same length and offsets. */
  mask: string;
}

const LEAF_TYPES = new Set(["text", "inlineCode"]);

/** The mdast fields read here; loose so front matter (`yaml`) and future node types need no casts. */
interface LooseNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: LooseNode[];
  value?: unknown;
  depth?: number;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

// Raw HTML pasted from a blog or a rich-text editor: the prose inside block-level HTML is read like
// markdown prose, so `<li><b>Situation:</b> …</li>` is a labelled part and `<p>We shipped …</p>` is
// linted. Tags, comments, entities and the content of script-like elements stay blanked.
const HTML_TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
const HTML_BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const HTML_HIDDEN_TAGS = new Set(["script", "style", "template", "textarea", "noscript", "iframe", "object", "svg", "math", "head", "title"]);
const HTML_HEADING = /^h([1-6])$/;

interface HtmlProse {
  /** The html node's text with everything but prose blanked (same length). */
  mask: string;
  /** Text runs and the blocks they form, as flat nodes. */
  texts: FlatNode[];
  blocks: FlatNode[];
}

/** Reads the prose of one block-level HTML node: which characters are text, and how they form blocks. */
function readHtmlProse(markdown: string, node: FlatNode): HtmlProse {
  const source = markdown.slice(node.start, node.end);
  const chars = source.split("");
  const texts: FlatNode[] = [];
  const blocks: FlatNode[] = [];
  let hidden: string | null = null;
  let blockType = "paragraph";
  let blockTag = "";
  let blockDepth: number | undefined;
  let blockStart = -1;
  let blockEnd = -1;
  // Just after the last block-level tag: a block starts there (inline tags such as <b> included).
  let boundary = 0;
  const closeBlock = () => {
    if (blockStart >= 0) {
      blocks.push({
        type: blockType,
        start: node.start + blockStart,
        end: node.start + blockEnd,
        inBlockquote: node.inBlockquote,
        ...(blockDepth ? { depth: blockDepth } : {}),
        ...(blockTag ? { htmlTag: blockTag } : {}),
      });
    }
    blockStart = -1;
    blockEnd = -1;
  };
  const addText = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(source[a])) a++;
    while (b > a && /\s/.test(source[b - 1])) b--;
    if (a >= b) return;
    texts.push({ type: "text", start: node.start + a, end: node.start + b, inBlockquote: node.inBlockquote });
    if (blockStart < 0) {
      blockStart = boundary;
      while (blockStart < a && /\s/.test(source[blockStart])) blockStart++;
    }
    blockEnd = b;
  };
  let last = 0;
  HTML_TOKEN.lastIndex = 0;
  for (let hit = HTML_TOKEN.exec(source); hit; hit = HTML_TOKEN.exec(source)) {
    if (hit[0].length === 0) {
      HTML_TOKEN.lastIndex++;
      continue;
    }
    if (hidden === null) addText(last, hit.index);
    else for (let i = last; i < hit.index; i++) if (chars[i] !== "\n") chars[i] = " ";
    const isEntity = hit[0].startsWith("&");
    if (!(isEntity && hidden === null)) {
      for (let i = hit.index; i < hit.index + hit[0].length; i++) if (chars[i] !== "\n") chars[i] = " ";
    } else {
      // An entity inside prose reads as one space: blank it, but keep it inside the text run.
      for (let i = hit.index; i < hit.index + hit[0].length; i++) chars[i] = " ";
      if (blockStart >= 0) blockEnd = hit.index + hit[0].length;
    }
    const tag = hit[1]?.toLowerCase();
    if (tag) {
      const closing = hit[0].startsWith("</");
      if (hidden !== null) {
        if (closing && tag === hidden) hidden = null;
      } else if (HTML_HIDDEN_TAGS.has(tag)) {
        if (!closing && !hit[0].endsWith("/>")) hidden = tag;
      } else if (HTML_BLOCK_TAGS.has(tag)) {
        closeBlock();
        const heading = HTML_HEADING.exec(tag);
        blockType = !closing && heading ? "heading" : "paragraph";
        blockDepth = !closing && heading ? Number(heading[1]) : undefined;
        blockTag = closing ? "" : tag;
        boundary = hit.index + hit[0].length;
      }
    }
    last = hit.index + hit[0].length;
  }
  if (hidden === null) addText(last, source.length);
  else for (let i = last; i < source.length; i++) if (chars[i] !== "\n") chars[i] = " ";
  closeBlock();
  // Text runs inside an entity-only stretch may have been counted; keep only runs with prose left.
  const mask = chars.join("");
  const kept = texts.filter((text) => /\S/.test(mask.slice(text.start - node.start, text.end - node.start)));
  const blocksKept = blocks.filter((block) => /\S/.test(mask.slice(block.start - node.start, block.end - node.start)));
  return { mask, texts: kept, blocks: blocksKept };
}

export function buildDocument(markdown: string, tree: Root): StoryDocument {
  const nodes: FlatNode[] = [];
  const headings: FlatNode[] = [];
  const paragraphs: FlatNode[] = [];
  const textBlocks: FlatNode[] = [];
  const codeRanges: TextRange[] = [];
  const htmlNodes: FlatNode[] = [];
  const maskParts: string[] = [];
  let maskedUpTo = 0;
  let bodyStart = 0;
  let frontMatter: string | null = null;

  function walk(node: LooseNode, inBlockquote: boolean, parentType: string): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const flat: FlatNode = { type: node.type, start, end, inBlockquote };
    if (node.type === "heading") flat.depth = node.depth;
    if (node.type !== "root") nodes.push(flat);
    switch (node.type) {
      case "yaml":
        if (start === 0) {
          bodyStart = end;
          frontMatter = typeof node.value === "string" ? node.value : null;
        }
        return;
      case "heading":
        headings.push(flat);
        textBlocks.push(flat);
        break;
      case "paragraph":
        paragraphs.push(flat);
        textBlocks.push(flat);
        break;
      case "tableCell":
        textBlocks.push(flat);
        break;
      case "code":
        codeRanges.push({ offset: start, endOffset: end });
        return;
      case "inlineCode":
        codeRanges.push({ offset: start, endOffset: end });
        break;
      case "html":
        htmlNodes.push(flat);
        // Block-level HTML (not an inline tag inside a paragraph) may hold the story itself.
        if (parentType !== "paragraph" && parentType !== "heading" && parentType !== "tableCell" && start >= maskedUpTo) {
          const prose = readHtmlProse(markdown, flat);
          if (prose.texts.length > 0) {
            maskParts.push(blank(markdown.slice(maskedUpTo, start)));
            maskParts.push(prose.mask);
            maskedUpTo = end;
            nodes.push(...prose.texts);
            for (const block of prose.blocks) {
              nodes.push(block);
              if (block.type === "heading") headings.push(block);
              else paragraphs.push(block);
              textBlocks.push(block);
            }
          }
        }
        return;
      default:
        break;
    }
    if (LEAF_TYPES.has(node.type) && start >= maskedUpTo) {
      maskParts.push(blank(markdown.slice(maskedUpTo, start)));
      let raw = markdown.slice(start, end);
      if (node.type === "inlineCode") raw = raw.replace(/^`+|`+$/g, (ticks) => " ".repeat(ticks.length));
      maskParts.push(raw);
      maskedUpTo = end;
      return;
    }
    if (node.children) {
      const quoted = inBlockquote || node.type === "blockquote";
      for (const child of node.children) walk(child, quoted, node.type);
    }
  }

  walk(tree as LooseNode, false, "");
  maskParts.push(blank(markdown.slice(maskedUpTo)));
  // Blocks from HTML were added where their html node stands; keep every list in document order.
  const byStart = (a: FlatNode, b: FlatNode) => a.start - b.start;
  headings.sort(byStart);
  paragraphs.sort(byStart);
  textBlocks.sort(byStart);
  const answerQuotes: number[] = [];
  const mask = unwrapAnswerQuotes(maskParts.join(""), paragraphs, answerQuotes);
  return {
    markdown,
    tree,
    bodyStart,
    frontMatter,
    nodes,
    headings,
    paragraphs,
    textBlocks,
    codeRanges,
    htmlNodes,
    answerQuotes,
    mask,
  };
}

const OPENING_QUOTES: Readonly<Record<string, string>> = { '"': '"', "“": "”", "„": "“", "«": "»", "”": "”" };

/**
 * An answer written down as it would be said, wrapped in quotation marks as a whole (`"At my last job
 * … and that is how I learned it."`), is the candidate's own telling, not quoted speech: the
 * wrapping marks are blanked in the mask so the rules read the answer (and its labels) as prose.
 * Recognised when the first paragraph opens with a quotation mark and the last paragraph ends with
 * the matching close, and the marks in between pair up; each paragraph's own opening mark (the
 * typographic style of a quotation that runs over several paragraphs) is blanked as well. Quoted
 * speech inside the answer keeps its marks. Records the blanked offsets in `blanked`.
 */
function unwrapAnswerQuotes(mask: string, paragraphs: readonly FlatNode[], blanked: number[]): string {
  if (paragraphs.length === 0) return mask;
  const firstAt = firstNonSpace(mask, paragraphs[0].start, paragraphs[0].end);
  const lastBlock = paragraphs[paragraphs.length - 1];
  const lastAt = lastNonSpace(mask, lastBlock.start, lastBlock.end);
  if (firstAt < 0 || lastAt <= firstAt) return mask;
  const open = mask[firstAt];
  const close = OPENING_QUOTES[open];
  if (close === undefined || mask[lastAt] !== close && !(close === "”" && mask[lastAt] === '"')) return mask;
  const opens = new Set<number>([firstAt]);
  const closes = new Set<number>([lastAt]);
  // A quotation over several paragraphs opens each one again and may close each one too.
  for (const block of paragraphs) {
    const at = firstNonSpace(mask, block.start, block.end);
    if (at >= 0 && mask[at] === open) opens.add(at);
    const end = lastNonSpace(mask, block.start, block.end);
    if (end > at && end >= 0 && mask[end] === mask[lastAt] && opens.has(at)) closes.add(end);
  }
  // The marks left inside must nest inside the wrapper, or the first mark was not a wrapper after all
  // (a story that opens with one quotation and ends with another). Straight quotes cannot nest.
  let depth = 0;
  for (let at = firstAt + 1; at < lastAt; at++) {
    if (opens.has(at) || closes.has(at)) continue;
    const char = mask[at];
    if (open === '"') {
      if (char === '"') return mask;
    } else if (char === open && char !== close) {
      depth++;
    } else if (char === close) {
      depth--;
      if (depth < 0) return mask;
    }
  }
  if (depth !== 0) return mask;
  const chars = mask.split("");
  for (const at of [...opens, ...closes].sort((a, b) => a - b)) {
    chars[at] = " ";
    blanked.push(at);
  }
  return chars.join("");
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (!/\s/.test(text[at])) return at;
  return -1;
}

function lastNonSpace(text: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (!/\s/.test(text[at])) return at;
  return -1;
}
