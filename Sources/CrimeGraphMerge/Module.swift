/// CrimeGraphMerge: duplicates, merge, diff and corroboration across case files. Being
/// written; this file holds the target's place until then.
import CrimeGraph
