import GRDB

/// The store's schema, as versioned migrations. A migration that has shipped is never edited:
/// a change is a new migration.
enum StoreSchema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1 cases, rule sets, evaluations, reviews, audit log", migrate: v1)
    return m
  }

  static func v1(_ db: Database) throws {
    try db.execute(sql: """
      CREATE TABLE cases (
        id TEXT PRIMARY KEY NOT NULL,
        file TEXT NOT NULL,
        format TEXT NOT NULL,
        input BLOB NOT NULL,
        input_hash TEXT NOT NULL,
        first_recorded TEXT NOT NULL
      );
      CREATE TABLE rule_sets (
        hash TEXT PRIMARY KEY NOT NULL,
        files TEXT NOT NULL
      );
      CREATE TABLE evaluations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id),
        input_hash TEXT NOT NULL,
        rules_hash TEXT NOT NULL REFERENCES rule_sets(hash),
        engine_version TEXT NOT NULL,
        decision_date TEXT NOT NULL,
        outcome TEXT NOT NULL,
        major INTEGER NOT NULL,
        output TEXT NOT NULL,
        output_hash TEXT NOT NULL,
        recorded TEXT NOT NULL,
        UNIQUE (case_id, input_hash, rules_hash, engine_version, decision_date)
      );
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id),
        evaluation_id INTEGER NOT NULL REFERENCES evaluations(id),
        reviewer TEXT NOT NULL,
        opinion TEXT NOT NULL,
        findings TEXT NOT NULL,
        note TEXT NOT NULL,
        recorded TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER evaluations_no_update BEFORE UPDATE ON evaluations
        BEGIN SELECT RAISE(ABORT, 'evaluations are append-only'); END;
      CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
        BEGIN SELECT RAISE(ABORT, 'evaluations are append-only'); END;
      CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
      CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
      """)
  }
}
