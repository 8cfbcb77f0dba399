// Package parser reads United Nations documents (plain text, Markdown
// converted from PDF, Akoma Ntoso XML, official PDF and Word files, HTML
// pages, and any of them gzip-compressed; the format is told from the
// content) and finds every citation they make: resolutions and decisions of every era and body, document symbols,
// footnotes, the verb that relates each citation to the citing text and the
// date written beside it.
//
// The parser records what the text says, with byte spans into the text it
// read; it does not decide whether a cited document exists. Resolving a
// citation to a node of the citation graph is the job of package graph.
//
// Texts are read in English, French and Spanish, each through its rows of
// the vocabulary table (vocab.go); relations are always given in the
// English vocabulary. Arabic, Chinese and Russian texts give their
// document symbols only, with a diagnostic saying so. The language of
// every input is detected (Document.Language); docs/extract-json-language.md
// describes the field and the reading of each language.
//
// The output types mirror the `recital extract --format json` contract
// (schema 1); their JSON field names are that contract and must not change.
package parser

// Schema is the version of the extract JSON contract these types encode.
const Schema = 1

// Format names the input format detected from a file's content.
type Format string

// Input formats.
const (
	FormatText     Format = "text"     // plain text, including OCR and raw PDF text
	FormatMarkdown Format = "markdown" // Markdown, typically PDF converted with footnotes as [^n] or $^{n}$
	FormatAKN      Format = "akn"      // Akoma Ntoso (AKN4UN) XML
	FormatPDF      Format = "pdf"      // PDF, read through the text Recital derives from its pages
	FormatDOCX     Format = "docx"     // Word (Office Open XML), body and footnotes
	FormatHTML     Format = "html"     // an HTML page (UN, refworld)
)

// Body names a UN organ or another issuing body.
type Body string

// Bodies, as written in the JSON contract.
const (
	BodyNone   Body = ""
	BodyGA     Body = "GA"     // General Assembly
	BodySC     Body = "SC"     // Security Council
	BodyECOSOC Body = "ECOSOC" // Economic and Social Council
	BodyHRC    Body = "HRC"    // Human Rights Council
	BodyCHR    Body = "CHR"    // Commission on Human Rights
	BodyTC     Body = "TC"     // Trusteeship Council
	BodyOther  Body = "other"  // any body outside the UN principal organs above
)

// Kind says what sort of document a citation names.
type Kind string

// Citation kinds.
const (
	KindResolution Kind = "resolution"
	KindDecision   Kind = "decision"
	KindStatement  Kind = "statement" // Security Council presidential statement
	KindDocument   Kind = "document"  // any other document symbol
	KindOther      Kind = "other"
)

// Location says in which part of a document a citation sits.
type Location string

// Citation locations.
const (
	LocHeader    Location = "header"
	LocPreamble  Location = "preamble"
	LocOperative Location = "operative"
	LocFootnote  Location = "footnote"
	LocAnnex     Location = "annex"
)

// Span locates a piece of text: byte offsets [Start, End) into the text the
// parser read, and the 1-based line and byte column of Start.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
	Col   int `json:"col"`
}

// Citation is one occurrence of a reference to another document.
type Citation struct {
	Target    string   `json:"target"`    // canonical node ID, e.g. A/RES/53/70, S/RES/1373(2001)
	Part      string   `json:"part"`      // lettered parts cited: "", "A", "A,B"
	Body      Body     `json:"body"`      // the body that issued the target
	Kind      Kind     `json:"kind"`      // resolution, decision, statement, document, other
	Relation  string   `json:"relation"`  // the verb opening the carrying paragraph
	Verb      string   `json:"verb"`      // the verb governing the citation inside the paragraph
	Location  Location `json:"location"`  // header, preamble, operative, footnote, annex
	Paragraph int      `json:"paragraph"` // preambular or operative paragraph number; 0 in headers
	Footnote  string   `json:"footnote"`  // footnote marker when reached through a footnote
	Date      string   `json:"date"`      // ISO adoption date written beside the item, or ""
	Text      string   `json:"text"`      // the exact text of the occurrence
	Span      Span     `json:"span"`      // where Text sits in the extracted text
}

// Severity grades a diagnostic.
type Severity string

// Diagnostic severities.
const (
	SevWarning Severity = "warning"
	SevError   Severity = "error"
)

// Diagnostic reports something odd or unresolved in a document.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
	Span     Span     `json:"span"`
}

// Document is everything the parser found in one input.
type Document struct {
	Schema      int          `json:"schema"`
	Source      string       `json:"source"`
	Format      Format       `json:"format"`
	Language    string       `json:"language"` // ISO 639-1 code: en, fr, es, ar, zh, ru; "" when not recognised
	Symbol      string       `json:"symbol"`
	Parts       []string     `json:"parts"`
	Title       string       `json:"title"`
	Adopted     string       `json:"adopted"`
	Body        Body         `json:"body"`
	Session     string       `json:"session"`
	AgendaItem  string       `json:"agenda_item"`
	AdoptedOn   string       `json:"adopted_on"`
	Citations   []Citation   `json:"citations"`
	Diagnostics []Diagnostic `json:"diagnostics"`

	// Text is the text that spans refer to: the input itself for plain
	// text and Markdown, the derived text for XML. Not part of the JSON.
	Text string `json:"-"`

	// structure is what a structured reader (AKN) stated of the layout,
	// kept so that the layout can be shown again.
	structure *structure
}
