/// CrimeGraphQuery: a read-only Cypher subset over case files (lexer, parser, planner,
/// executor). Being written; this file holds the target's place until then.
import CrimeGraph
