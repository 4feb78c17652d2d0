/// The fields of the 双公示 行政处罚信息 record (信用中国 and the provincial credit platforms),
/// in the order of the field table in `shared/domain/publicity.md` §2.2. The official data
/// standard was not found; names and `CF_*` codes are those that unrelated implementations
/// spell alike (publicity.md §2.1), the required flags those of the Django model [C:680435805],
/// the conditional rules (†) the reading of §2.4 (UNVERIFIED against the official text).
public enum PublicityField: String, CaseIterable, Sendable, Hashable {
  case xdrMC = "CF_XDR_MC"
  case xdrLB = "CF_XDR_LB"
  case xdrSHXYM = "CF_XDR_SHXYM"
  case xdrGSZC = "CF_XDR_GSZC"
  case xdrZZJG = "CF_XDR_ZZJG"
  case xdrSWDJ = "CF_XDR_SWDJ"
  case xdrSYDW = "CF_XDR_SYDW"
  case xdrSHZZ = "CF_XDR_SHZZ"
  case frdb = "CF_FRDB"
  case frZJLX = "CF_FR_ZJLX"
  case frZJHM = "CF_FR_ZJHM"
  case xdrZJLX = "CF_XDR_ZJLX"
  case xdrZJHM = "CF_XDR_ZJHM"
  case wsh = "CF_WSH"
  case wfxw = "CF_WFXW"
  case sy = "CF_SY"
  case yj = "CF_YJ"
  case cflb = "CF_CFLB"
  case nr = "CF_NR"
  case nrFK = "CF_NR_FK"
  case nrWFFF = "CF_NR_WFFF"
  case nrZKDX = "CF_NR_ZKDX"
  case jdrq = "CF_JDRQ"
  case yxq = "CF_YXQ"
  case gsjzq = "CF_GSJZQ"
  case cfjg = "CF_CFJG"
  case cfjgdm = "CF_CFJGDM"
  case sjly = "CF_SJLY"
  case sjlydm = "CF_SJLYDM"
  case bz = "BZ"

  /// The field code (`CF_XDR_MC` …).
  public var code: String { rawValue }

  /// Whether the field must be filled.
  public enum Requirement: String, Sendable {
    /// 必填.
    case required = "必填"
    /// Required in some cases (†, publicity.md §2.4).
    case conditional = "条件必填"
    /// 选填.
    case optional = "选填"
  }

  /// The field's exact name (publicity.md §2.2, column 「字段 (exact name)」).
  public var name: String {
    switch self {
    case .xdrMC: "行政相对人名称"
    case .xdrLB: "行政相对人类别"
    case .xdrSHXYM: "行政相对人代码_1（统一社会信用代码）"
    case .xdrGSZC: "行政相对人代码_2（工商注册号）"
    case .xdrZZJG: "行政相对人代码_3（组织机构代码）"
    case .xdrSWDJ: "行政相对人代码_4（税务登记号）"
    case .xdrSYDW: "行政相对人代码_5（事业单位证书号）"
    case .xdrSHZZ: "行政相对人代码_6（社会组织登记证号）"
    case .frdb: "法定代表人"
    case .frZJLX: "法定代表人证件类型"
    case .frZJHM: "法定代表人证件号码"
    case .xdrZJLX: "证件类型"
    case .xdrZJHM: "证件号码"
    case .wsh: "行政处罚决定书文号"
    case .wfxw: "违法行为类型"
    case .sy: "违法事实"
    case .yj: "处罚依据"
    case .cflb: "处罚类别"
    case .nr: "处罚内容"
    case .nrFK: "罚款金额（万元）"
    case .nrWFFF: "没收违法所得、没收非法财物的金额（万元）"
    case .nrZKDX: "暂扣或吊销证照名称及编号"
    case .jdrq: "处罚决定日期"
    case .yxq: "处罚有效期"
    case .gsjzq: "公示截止期"
    case .cfjg: "处罚机关"
    case .cfjgdm: "处罚机关统一社会信用代码"
    case .sjly: "数据来源单位"
    case .sjlydm: "数据来源单位统一社会信用代码"
    case .bz: "备注"
    }
  }

  /// The required flag of §2.2.
  public var requirement: Requirement {
    switch self {
    case .xdrMC, .xdrLB, .wsh, .wfxw, .sy, .yj, .cflb, .nr, .jdrq, .yxq, .cfjg, .cfjgdm, .sjly, .sjlydm: .required
    case .xdrSHXYM, .xdrGSZC, .frdb, .xdrZJLX, .xdrZJHM, .nrFK, .nrWFFF, .nrZKDX: .conditional
    case .xdrZZJG, .xdrSWDJ, .xdrSYDW, .xdrSHZZ, .frZJLX, .frZJHM, .gsjzq, .bz: .optional
    }
  }

  /// Whether the field may be shown to the public. 证件号码 (#13) and 法定代表人证件号码 (#11)
  /// are reported to the platform for matching but are not public fields (publicity.md §3,
  /// engine rule; the standard's own wording was not found: UNVERIFIED).
  public var isPublic: Bool { self != .xdrZJHM && self != .frZJHM }
}

/// Who sees the record.
public enum PublicityView: String, Sendable, CaseIterable {
  /// What the public may see: the non-public fields are masked.
  case `public`
  /// What is reported to the credit platform: every field as recorded.
  case platform
}

/// 行政相对人类别 (publicity.md §2.2 #2): 「填写法人及非法人组织、自然人、个体工商户三个类别中的一个。」
public enum PartyCategory: String, Sendable, CaseIterable {
  case organization = "法人及非法人组织"
  case naturalPerson = "自然人"
  case individualBusiness = "个体工商户"
}
