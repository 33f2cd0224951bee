/// The words the attribution rules test tokens against, as precomputed folded `WordKey`s, so a
/// test is one integer comparison with the token's key (`isWord(k, CueWords.who)`).
/// Generated from the rules' word tests; `CueWordsTests` checks every constant against `WordKey.of`.
enum CueWords {
    static var a: UInt64 { 0xaf63dc4c8601ec8c }   // a
    static var about: UInt64 { 0x3f74142d6181ea7e }   // about
    static var administration: UInt64 { 0x042499d06b5b2c6f }   // administration
    static var adviser: UInt64 { 0xeb6551af334edc89 }   // adviser
    static var advisor: UInt64 { 0xeb4351af3331f623 }   // advisor
    static var after: UInt64 { 0xbf82010f6f71eae9 }   // after
    static var against: UInt64 { 0x3ef0bdadda0c0a00 }   // against
    static var agency: UInt64 { 0xb68441f6e71ef822 }   // agency
    static var aide: UInt64 { 0xb0a51983c401bdec }   // aide
    static var although: UInt64 { 0x6b39a9c35c890fd3 }   // although
    static var an: UInt64 { 0x089c3807b5458406 }   // an
    static var analyst: UInt64 { 0xc15e024a02b893d1 }   // analyst
    static var and: UInt64 { 0xe6f79719051ff286 }   // and
    static var anomaly: UInt64 { 0x5fdb7d15a3db38d2 }   // anomaly
    static var anything: UInt64 { 0xc01952359d8e17d7 }   // anything
    static var apply: UInt64 { 0xf74a76a458bf1fbb }   // apply
    static var `as`: UInt64 { 0x089c5507b545b54d }   // as
    static var asked: UInt64 { 0xfb0ab6bc4db98323 }   // asked
    static var asks: UInt64 { 0x901e518442173b53 }   // asks
    static var assembly: UInt64 { 0xcf343aaaaf550d25 }   // assembly
    static var at: UInt64 { 0x089c4e07b545a968 }   // at
    static var attorney: UInt64 { 0x311298534999c69b }   // attorney
    static var because: UInt64 { 0x83e1ead99b5801bb }   // because
    static var before: UInt64 { 0xd89aa06245afb2be }   // before
    static var belly: UInt64 { 0xc5c9655e7ef165b3 }   // belly
    static var bully: UInt64 { 0x9cc885e2a9bf4ee3 }   // bully
    static var but: UInt64 { 0x00611e19135a72cc }   // but
    static var by: UInt64 { 0x08a64b07b54df8d4 }   // by
    static var camp: UInt64 { 0xb5137090e8395dd4 }   // camp
    static var campaign: UInt64 { 0x7e69a0a2884c5b53 }   // campaign
    static var chairman: UInt64 { 0xcc4eb3ca378fc766 }   // chairman
    static var chief: UInt64 { 0x6205207624e57612 }   // chief
    static var committee: UInt64 { 0x162e8f7ca5f215c6 }   // committee
    static var council: UInt64 { 0xe704ab73c530b2cc }   // council
    static var department: UInt64 { 0x9fe2b90fc81732c7 }   // department
    static var despite: UInt64 { 0x841b35a7d7edff7b }   // despite
    static var director: UInt64 { 0xe6aacf4b47d073c1 }   // director
    static var economist: UInt64 { 0x3614601979be6758 }   // economist
    static var even: UInt64 { 0xd59af160841ae311 }   // even
    static var everything: UInt64 { 0x90dac479021f0640 }   // everything
    static var executive: UInt64 { 0x4114e1104dba7951 }   // executive
    static var expert: UInt64 { 0x2057dd9771655b71 }   // expert
    static var family: UInt64 { 0xf62eed6a1a23f069 }   // family
    static var `for`: UInt64 { 0xdcb27818fed9da90 }   // for
    static var from: UInt64 { 0x7f845078d7a5c0b5 }   // from
    static var governor: UInt64 { 0x8c491e5e765943eb }   // governor
    static var group: UInt64 { 0xdc57e42946f6e08c }   // group
    static var during: UInt64 { 0x8ab509e91ba27e88 }   // during
    static var amid: UInt64 { 0x8c718883af0fe59e }   // amid
    static var you: UInt64 { 0xb5617c19799ea15c }   // you
    static var it: UInt64 { 0x08b73e07b55c55f0 }   // it
    static var being: UInt64 { 0xac85085e70d64908 }   // being
    static var so: UInt64 { 0x08d93907b57933d7 }   // so
    static var why: UInt64 { 0x5ec5ea1948914a79 }   // why
    static var here: UInt64 { 0x0a4e01cc5f62582b }   // here
    static var given: UInt64 { 0x6bb9daff6968dd16 }   // given
    static var him: UInt64 { 0x3373311930068ff5 }   // him
    static var holy: UInt64 { 0x402a03cc7e6d3ecf }   // holy
    static var `if`: UInt64 { 0x08b73007b55c3e26 }   // if
    static var `in`: UInt64 { 0x08b73807b55c4bbe }   // in
    static var italy: UInt64 { 0x1a73e6bf3a76aecc }   // italy
    static var last: UInt64 { 0x0456d2ad905847d9 }   // last
    static var lawyer: UInt64 { 0x6eb1c457ae388261 }   // lawyer
    static var leader: UInt64 { 0x9d24b27ac6ddeae4 }   // leader
    static var manager: UInt64 { 0x134f9b9ab31cc00c }   // manager
    static var me: UInt64 { 0x08a95f07b55050a7 }   // me
    static var member: UInt64 { 0x8cada599d66ec543 }   // member
    static var ministry: UInt64 { 0x73b26587e4da095c }   // ministry
    static var monopoly: UInt64 { 0x9ae0f0680666b81c }   // monopoly
    static var nothing: UInt64 { 0x1c4b98deef5e330a }   // nothing
    static var of: UInt64 { 0x08b06007b5567108 }   // of
    static var office: UInt64 { 0x465e1bf7a8c96791 }   // office
    static var official: UInt64 { 0x42af2ee75a3a0840 }   // official
    static var on: UInt64 { 0x08b05807b5566370 }   // on
    static var once: UInt64 { 0x070eceb46ad585c4 }   // once
    static var one: UInt64 { 0x1a08aa1921ca5caf }   // one
    static var organization: UInt64 { 0x5f7099c57e3be0ca }   // organization
    static var party: UInt64 { 0x0c51a3a7a1f962f7 }   // party
    static var point: UInt64 { 0x73feab3544c345b1 }   // point
    static var pollster: UInt64 { 0x23908b9c621f1f54 }   // pollster
    static var president: UInt64 { 0x5884a20783a7139f }   // president
    static var professor: UInt64 { 0xcbb11db730f8fd7a }   // professor
    static var rally: UInt64 { 0x43e27e11ab199c57 }   // rally
    static var rep: UInt64 { 0x89e9aa1960f4a020 }   // rep
    static var reply: UInt64 { 0xf53601f2b1e97107 }   // reply
    static var secretary: UInt64 { 0x2eefe7d528c193cd }   // secretary
    static var senator: UInt64 { 0x10711c11168cfb71 }   // senator
    static var since: UInt64 { 0x2b827d4f5e0ada9d }   // since
    static var `some`: UInt64 { 0x6035dc18f0bbd4d1 }   // some
    static var something: UInt64 { 0xeafd7ee0e2b3d12b }   // something
    static var source: UInt64 { 0x76dbdc228f782db8 }   // source
    static var spokesman: UInt64 { 0x90a5e5bfb1447ac0 }   // spokesman
    static var spokesmans: UInt64 { 0xca77a36c12c14402 }   // spokesman's
    static var spokesperson: UInt64 { 0x60d74ba99f77ace1 }   // spokesperson
    static var spokeswoman: UInt64 { 0x847889f708e8cb6e }   // spokeswoman
    static var staff: UInt64 { 0xeea199ad45e6f551 }   // staff
    static var strategist: UInt64 { 0xceb48aefd4a8f083 }   // strategist
    static var supply: UInt64 { 0x11864ff49043330e }   // supply
    static var supporter: UInt64 { 0x1fdf46ad12bcabdf }   // supporter
    static var team: UInt64 { 0xfa23d9ef19afc32c }   // team
    static var than: UInt64 { 0x256cc7ef3232833a }   // than
    static var that: UInt64 { 0x256cadef3232570c }   // that
    static var them: UInt64 { 0x2579c6ef323d0be3 }   // them
    static var there: UInt64 { 0xeaee9e725db25b5d }   // there
    static var this: UInt64 { 0x2587bcef32493841 }   // this
    static var though: UInt64 { 0x3ea52aa8a212ddf2 }   // though
    static var time: UInt64 { 0x1e5485ef2e9f9384 }   // time
    static var times: UInt64 { 0x29338c6c39286cb5 }   // times
    static var unless: UInt64 { 0x41ec56a8916fd663 }   // unless
    static var us: UInt64 { 0x08c43d07b566de99 }   // us
    static var when: UInt64 { 0x9bf6bff64f32f639 }   // when
    static var `where`: UInt64 { 0x379d6b8893e8fc78 }   // where
    static var whereas: UInt64 { 0x1e5dfed9400bc798 }   // whereas
    static var which: UInt64 { 0xce989e88581f9422 }   // which
    static var `while`: UInt64 { 0xce87a3885811296e }   // while
    static var who: UInt64 { 0x5ec5fc194891690f }   // who
    static var whose: UInt64 { 0xe0ede18862cb0a23 }   // whose
    static var with: UInt64 { 0xa66b06f655a0c2e9 }   // with
    static var without: UInt64 { 0x5437c29a5289d0a3 }   // without
    static var or: UInt64 { 0x08b05407b5565ca4 }   // or
    static var over: UInt64 { 0xc2a38db44454a06f }   // over
    static var through: UInt64 { 0x79fa8d97ac77625a }   // through
    static var under: UInt64 { 0xa9b4194ecfe6716d }   // under
    static var whom: UInt64 { 0x9bd4c0f64f161186 }   // whom
    static var into: UInt64 { 0xf5a6c8c57a9061a3 }   // into

    /// Every constant with its word, for the test.
    static let all: [(String, UInt64)] = [
        ("a", a),
        ("about", about),
        ("administration", administration),
        ("adviser", adviser),
        ("advisor", advisor),
        ("after", after),
        ("against", against),
        ("agency", agency),
        ("aide", aide),
        ("although", although),
        ("an", an),
        ("analyst", analyst),
        ("and", and),
        ("anomaly", anomaly),
        ("anything", anything),
        ("apply", apply),
        ("as", `as`),
        ("asked", asked),
        ("asks", asks),
        ("assembly", assembly),
        ("at", at),
        ("attorney", attorney),
        ("because", because),
        ("before", before),
        ("belly", belly),
        ("bully", bully),
        ("but", but),
        ("by", by),
        ("camp", camp),
        ("campaign", campaign),
        ("chairman", chairman),
        ("chief", chief),
        ("committee", committee),
        ("council", council),
        ("department", department),
        ("despite", despite),
        ("director", director),
        ("economist", economist),
        ("even", even),
        ("everything", everything),
        ("executive", executive),
        ("expert", expert),
        ("family", family),
        ("for", `for`),
        ("from", from),
        ("governor", governor),
        ("group", group),
        ("during", during),
        ("amid", amid),
        ("you", you),
        ("it", it),
        ("being", being),
        ("so", so),
        ("why", why),
        ("here", here),
        ("given", given),
        ("him", him),
        ("holy", holy),
        ("if", `if`),
        ("in", `in`),
        ("italy", italy),
        ("last", last),
        ("lawyer", lawyer),
        ("leader", leader),
        ("manager", manager),
        ("me", me),
        ("member", member),
        ("ministry", ministry),
        ("monopoly", monopoly),
        ("nothing", nothing),
        ("of", of),
        ("office", office),
        ("official", official),
        ("on", on),
        ("once", once),
        ("one", one),
        ("organization", organization),
        ("party", party),
        ("point", point),
        ("pollster", pollster),
        ("president", president),
        ("professor", professor),
        ("rally", rally),
        ("rep", rep),
        ("reply", reply),
        ("secretary", secretary),
        ("senator", senator),
        ("since", since),
        ("some", `some`),
        ("something", something),
        ("source", source),
        ("spokesman", spokesman),
        ("spokesman's", spokesmans),
        ("spokesperson", spokesperson),
        ("spokeswoman", spokeswoman),
        ("staff", staff),
        ("strategist", strategist),
        ("supply", supply),
        ("supporter", supporter),
        ("team", team),
        ("than", than),
        ("that", that),
        ("them", them),
        ("there", there),
        ("this", this),
        ("though", though),
        ("time", time),
        ("times", times),
        ("unless", unless),
        ("us", us),
        ("when", when),
        ("where", `where`),
        ("whereas", whereas),
        ("which", which),
        ("while", `while`),
        ("who", who),
        ("whose", whose),
        ("with", with),
        ("without", without),
        ("or", or),
        ("over", over),
        ("through", through),
        ("under", under),
        ("into", into),
        ("whom", whom),
    ]
}
