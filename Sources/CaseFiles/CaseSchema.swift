/// The case-file schema (Schemas/case.xsd), embedded so the binary validates without
/// looking for files. A test checks that the two are identical.
public enum CaseSchemaText {
  /// The XSD text.
  public static let xsd = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Adjudicator case file (案件) schema, version 1.
  Element names are English; values (names, circumstances, event kinds) are Chinese as the
  rules and the law write them. Dates are ISO 8601 (xs:date); money is yuan as exact decimal
  text. Kept identical to Sources/CaseFiles/CaseSchema.swift (a test checks it).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns="urn:adjudicator:case:1"
           targetNamespace="urn:adjudicator:case:1"
           elementFormDefault="qualified">

  <xs:element name="case" type="CaseType"/>

  <xs:complexType name="CaseType">
    <xs:sequence>
      <xs:element name="agency" type="AgencyType"/>
      <xs:element name="party" type="PartyType"/>
      <xs:element name="violation" type="ViolationType" maxOccurs="unbounded"/>
      <xs:element name="discovered" type="xs:date" minOccurs="0"/>
      <xs:element name="decisionDate" type="xs:date" minOccurs="0"/>
      <xs:element name="facts" type="FactsType" minOccurs="0"/>
      <xs:element name="circumstances" type="CircumstancesType" minOccurs="0"/>
      <xs:element name="priorOffences" type="PriorOffencesType" minOccurs="0"/>
      <xs:element name="evidence" type="EvidenceListType" minOccurs="0"/>
      <xs:element name="procedure" type="ProcedureType" minOccurs="0"/>
      <xs:element name="decision" type="DecisionType" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="NonEmpty" use="required"/>
  </xs:complexType>

  <xs:simpleType name="NonEmpty">
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:maxLength value="200"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="AgencyType">
    <xs:sequence>
      <xs:element name="power" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="code" type="NonEmpty" use="required"/>
          <!-- 事前公示: the power's basis, procedure and remedies are published. -->
          <xs:attribute name="published" type="xs:boolean"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="code" type="NonEmpty" use="required"/>
    <xs:attribute name="name" type="NonEmpty" use="required"/>
  </xs:complexType>

  <xs:simpleType name="PartyKindType">
    <xs:restriction base="xs:string">
      <xs:enumeration value="个人"/>
      <xs:enumeration value="单位"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="PartyType">
    <xs:attribute name="type" type="PartyKindType" use="required"/>
    <xs:attribute name="name" type="NonEmpty" use="required"/>
    <xs:attribute name="idNumber" type="xs:string"/>
    <xs:attribute name="address" type="xs:string"/>
    <xs:attribute name="birthDate" type="xs:date"/>
  </xs:complexType>

  <xs:complexType name="ViolationType">
    <xs:attribute name="code" type="NonEmpty" use="required"/>
    <xs:attribute name="occurred" type="xs:date" use="required"/>
    <xs:attribute name="ended" type="xs:date"/>
    <xs:attribute name="act" type="xs:string"/>
  </xs:complexType>

  <xs:complexType name="FactsType">
    <xs:sequence>
      <xs:element name="fact" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="name" type="NonEmpty" use="required"/>
          <xs:attribute name="value" type="xs:string" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="CircumstancesType">
    <xs:sequence>
      <xs:element name="circumstance" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="name" type="NonEmpty" use="required"/>
          <xs:attribute name="evidence" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="PriorOffencesType">
    <xs:sequence>
      <xs:element name="priorOffence" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="date" type="xs:date" use="required"/>
          <xs:attribute name="violation" type="NonEmpty" use="required"/>
          <xs:attribute name="agency" type="NonEmpty" use="required"/>
          <xs:attribute name="decisionNumber" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:simpleType name="EvidenceKindType">
    <xs:restriction base="xs:string">
      <xs:enumeration value="书证"/>
      <xs:enumeration value="物证"/>
      <xs:enumeration value="视听资料"/>
      <xs:enumeration value="电子数据"/>
      <xs:enumeration value="证人证言"/>
      <xs:enumeration value="当事人的陈述"/>
      <xs:enumeration value="鉴定意见"/>
      <xs:enumeration value="勘验笔录"/>
      <xs:enumeration value="现场笔录"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="EvidenceListType">
    <xs:sequence>
      <xs:element name="item" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="id" type="NonEmpty" use="required"/>
          <xs:attribute name="kind" type="EvidenceKindType" use="required"/>
          <xs:attribute name="record" type="xs:string"/>
          <xs:attribute name="description" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:simpleType name="EventKindType">
    <xs:restriction base="xs:string">
      <xs:enumeration value="核查"/>
      <xs:enumeration value="立案"/>
      <xs:enumeration value="调查取证"/>
      <xs:enumeration value="现场检查"/>
      <xs:enumeration value="先行登记保存"/>
      <xs:enumeration value="查封扣押"/>
      <xs:enumeration value="强制拆除"/>
      <xs:enumeration value="告知"/>
      <xs:enumeration value="陈述申辩"/>
      <xs:enumeration value="听证告知"/>
      <xs:enumeration value="听证申请"/>
      <xs:enumeration value="听证"/>
      <xs:enumeration value="法制审核"/>
      <xs:enumeration value="集体讨论"/>
      <xs:enumeration value="决定"/>
      <xs:enumeration value="送达"/>
      <xs:enumeration value="公示"/>
      <xs:enumeration value="撤回公示"/>
      <xs:enumeration value="执行"/>
      <xs:enumeration value="结案"/>
      <xs:enumeration value="延期批准"/>
      <xs:enumeration value="中止"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="TimeOfDay">
    <xs:restriction base="xs:string">
      <xs:pattern value="([01][0-9]|2[0-3]):[0-5][0-9]"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="ProcedureType">
    <xs:sequence>
      <xs:element name="event" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="officer" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:attribute name="name" type="NonEmpty" use="required"/>
                <xs:attribute name="certificate" type="xs:string"/>
                <!-- 法律职业资格 certificate number (legal reviewers). -->
                <xs:attribute name="qualification" type="xs:string"/>
              </xs:complexType>
            </xs:element>
            <xs:element name="record" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:attribute name="kind" use="required">
                  <xs:simpleType>
                    <xs:restriction base="xs:string">
                      <xs:enumeration value="文字"/>
                      <xs:enumeration value="音像"/>
                    </xs:restriction>
                  </xs:simpleType>
                </xs:attribute>
                <xs:attribute name="id" type="NonEmpty" use="required"/>
                <xs:attribute name="archived" type="xs:boolean" default="false"/>
                <!-- An audio-video record that was interrupted, and the reason recorded. -->
                <xs:attribute name="interrupted" type="xs:boolean" default="false"/>
                <xs:attribute name="explanation" type="xs:string"/>
              </xs:complexType>
            </xs:element>
            <xs:element name="document" type="NonEmpty" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="kind" type="EventKindType" use="required"/>
          <xs:attribute name="date" type="xs:date" use="required"/>
          <xs:attribute name="time" type="TimeOfDay"/>
          <!-- The last day of a period the event opens (中止, 听证, 检测, 鉴定). -->
          <xs:attribute name="until" type="xs:date"/>
          <!-- Days granted (延期批准). -->
          <xs:attribute name="days" type="xs:nonNegativeInteger"/>
          <!-- The recorded opinion (法制审核: 同意 / 补充调查 / 改正 / 移送 …). -->
          <xs:attribute name="opinion" type="xs:string"/>
          <!-- 公示: personal information removed before publication. -->
          <xs:attribute name="redacted" type="xs:boolean"/>
          <!-- The officers showed their certificates. -->
          <xs:attribute name="certificatesShown" type="xs:boolean"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:simpleType name="Yuan">
    <xs:restriction base="xs:decimal">
      <xs:minInclusive value="0"/>
      <xs:fractionDigits value="2"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="DecisionType">
    <xs:attribute name="outcome" type="NonEmpty" use="required"/>
    <xs:attribute name="tier" type="xs:string"/>
    <xs:attribute name="fine" type="Yuan"/>
    <xs:attribute name="date" type="xs:date"/>
    <xs:attribute name="number" type="xs:string"/>
  </xs:complexType>
</xs:schema>
"""#
}
