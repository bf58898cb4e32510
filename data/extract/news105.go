package extract

// Rules from misreads noticed while newswire34 (hospital chains', nursing-home operators',
// HMOs', health insurers', drug, generic, device and diagnostics makers', wholesalers',
// drugstores' and biotech start-ups' wire copy of 1985-1989) was written.

// swappedCareSites are the going concerns of the hospital and nursing-home trades, traded one
// for another between chains as broadcasters traded stations (swaps): "agreed to exchange
// hospitals in three states", "TO SWAP HOSPITALS", "IN HOSPITAL SWAP", "swapped four nursing homes in Ohio for
// three in Indiana". The investor-owned chains of the 1980s pruned their markets this way; each
// side buys the other's hospitals, as a hospital sold is a deal (sells in the lexicon). A
// swap's object stops at a preposition of party (swapOffObject), so "exchange records with
// hospitals" names whom it traded with, not what.
var swappedCareSites = []string{"hospital", "hospitals", "nursing homes", "medical centers", "clinics"}
