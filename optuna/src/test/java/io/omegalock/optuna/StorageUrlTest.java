package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageUrlTest {

    @Test
    void sqliteUrlsFollowSqlAlchemy() {
        assertThat(StorageUrl.parse("sqlite:///study.db").sqliteFile()).isEqualTo(Path.of("study.db"));
        assertThat(StorageUrl.parse("sqlite:////tmp/study.db").sqliteFile()).isEqualTo(Path.of("/tmp/study.db"));
        assertThat(StorageUrl.parse("sqlite:///study.db?timeout=30").sqliteFile()).isEqualTo(Path.of("study.db"));
        assertThat(StorageUrl.parse("runs/study.db").sqliteFile()).isEqualTo(Path.of("runs/study.db"));
        assertThat(StorageUrl.parse("jdbc:sqlite:/tmp/s.db").sqliteFile()).isEqualTo(Path.of("/tmp/s.db"));
        assertThatThrownBy(() -> StorageUrl.parse("sqlite://"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("in-memory");
    }

    @Test
    void serverUrlsBecomeJdbcUrlsWithCredentialsAsProperties() {
        StorageUrl pg = StorageUrl.parse("postgresql+psycopg2://optuna:p%40ss@db:5432/studies?sslmode=require");
        assertThat(pg.sqliteFile()).isNull();
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/studies?sslmode=require");
        assertThat(pg.user()).isEqualTo("optuna");
        assertThat(pg.password()).isEqualTo("p@ss");
        assertThat(pg.display()).isEqualTo("postgresql+psycopg2://optuna:***@db:5432/studies?sslmode=require");

        StorageUrl my = StorageUrl.parse("mysql+pymysql://root@localhost/optuna");
        assertThat(my.jdbcUrl()).isEqualTo("jdbc:mysql://localhost/optuna");
        assertThat(my.user()).isEqualTo("root");
        assertThat(my.password()).isNull();

        StorageUrl jdbc = StorageUrl.parse("jdbc:postgresql://db/studies?user=u&password=secret");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db/studies?user=u&password=secret");
        assertThat(jdbc.display()).doesNotContain("secret");
    }
}
