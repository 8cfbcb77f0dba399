package query

// Syntax describes the language for people; 'recital help query' prints
// it, and a test of package cmd runs every example in it on the embedded
// default graph.
const Syntax = `An expression denotes a set of documents and the citations among them.

Documents are written as people write them; quotes are allowed, never needed:
  60/45  A/RES/60/45  1514 (XV)  217 A (III)  1373 (2001)  S/RES/1373 (2001)
  ES-10/18  S-26/2  3201 (S-VI)  HRC 7/36  CHR 2005/69  ECOSOC 2004/67
  decision 59/551  A/55/140/Corr.1  S/PRST/2005/1

A bare number is read by one rule, whatever the graph holds: N/M is a General
Assembly resolution when N is a session (A/RES/60/45) and an ECOSOC one when N
is a year (E/RES/2004/67); S-N/M is a GA special session's; a number alone is
a Security Council resolution, its year taken from the SC table (1373 is
S/RES/1373(2001)). When the graph also holds a document of another body under
the same number (HRC 52/38 beside 52/38, 1514 (XV) beside 1514), a note on
stderr says how the number was read and how to write the other.

Walking the citations (X and Y are expressions):
  ancestors(X [, depth] [, via=R])    what X cites, transitively: what it builds
                                      on; depth 1 is what X cites itself
  descendants(X [, depth] [, via=R])  what cites X, transitively: what builds
                                      on it (ancestors and descendants leave X
                                      out unless a citation leads back to it)
  lineage, citedby                    other names for ancestors, descendants
  path(X, Y [, via=R])                one shortest chain of citations from X to
                                      Y: X cites …, which cites Y
  allpaths(X, Y [, via=R])            every document on some chain from X to Y,
                                      found without listing the chains: what X
                                      reaches and Y is reached from, X and Y
                                      included
  spine(X)                            X with only the citations of its
                                      transitive reduction: a citation implied
                                      by a longer chain within X is dropped
  series(X)                           the resolutions of X's recurring item:
                                      of X's body, joined to X by citations
                                      through one another, each with the title
                                      or agenda item of a member; predecessors
                                      known only as cited join when a member
                                      recalls them in its longest list of
                                      resolutions
  earliest(X), latest(X)              the document of X adopted first, or last

Choosing documents (each denotes all such documents; intersect to filter):
  body(GA, SC, ECOSOC, HRC, CHR, TC, other)
  kind(resolution, decision, statement, document)
  session(53)  session(50..60)  session(ES-10)   GA and HRC sessions, read
                                                 from the symbol
  year(1998)  year(1990..1999)  year(..1975)  year(2000..)   year of adoption;
                                                 undated documents match none
  title("words")  agenda("words")   words in the title or agenda item (SC:
                                    topic), ignoring case
  incorpus    documents whose text was read
  citedonly   documents that are only cited
  all         every document

Citations: via=R keeps only citations whose relation (the verb opening the
paragraph: recalling, reaffirming, taking note…) or verb (the one governing the
citation: requests, welcomes…) is R, ignoring case; R* matches the words that
begin with R (via=reaffirm* for reaffirming and reaffirms); quote R when it has
spaces (via="taking note"); repeat via= to accept several. depth=N may be
written for the depth.

Operators; & binds tighter than + and -, which read left to right, and
parentheses group:
  X + Y, X | Y, X union Y     either (union)
  X - Y, X except Y           X but not Y (difference)
  X & Y, X ^ Y, X intersect Y both (intersection)
A hyphen inside a reference (ES-10/18, 3201 (S-VI)) is part of it; elsewhere it
is the difference: write 80/16 - 53/70.

The citations of a result are every citation between its documents, except
where path, spine or via= kept fewer; set operators then combine the citations
kept as they combine the documents.

Examples:
  recital query 'series(60/45)'
  recital query 'spine(series(60/45))' --edges
  recital query 'descendants(1514 (XV), 1) & year(2015..2019)'
  recital query 'descendants(1514 (XV), 1, via=reaffirm*) & year(2015..2019)'
  recital query 'allpaths(80/16, 53/70)'
  recital query 'path(80/16, 53/70)'
  recital query 'ancestors(ES-10/24, 1) & kind(resolution)'
  recital query 'agenda("Cyprus") & year(1964..1965)'
  recital query 'session(53) & citedonly' --format json
  recital query '52/38 + HRC 52/38'
  recital lineage 'latest(series(60/45))' --depth 1
`
