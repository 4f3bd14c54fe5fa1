import type { Root } from "mdast";

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

  function walk(node: LooseNode, inBlockquote: boolean): void {
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
      for (const child of node.children) walk(child, quoted);
    }
  }

  walk(tree as LooseNode, false);
  maskParts.push(blank(markdown.slice(maskedUpTo)));
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
    mask: maskParts.join(""),
  };
}
