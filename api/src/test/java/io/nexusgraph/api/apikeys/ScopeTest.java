package io.nexusgraph.api.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void adminImpliesWriteImpliesRead() {
    assertThat(Scope.READ.withImplied()).containsExactly(Scope.READ);
    assertThat(Scope.WRITE.withImplied()).containsExactly(Scope.READ, Scope.WRITE);
    assertThat(Scope.ADMIN.withImplied()).containsExactly(Scope.READ, Scope.WRITE, Scope.ADMIN);
  }

  @Test
  void rolesAreTheScopesAndEveryImpliedOneByName() {
    assertThat(Scope.roles(Set.of(Scope.READ))).containsExactly("read");
    assertThat(Scope.roles(Set.of(Scope.WRITE))).containsExactly("read", "write");
    assertThat(Scope.roles(Set.of(Scope.READ, Scope.ADMIN)))
        .containsExactly("admin", "read", "write");
    assertThat(Scope.roles(Set.of(Scope.ADMIN))).containsExactly("admin", "read", "write");
    assertThat(Scope.roles(Set.of(Scope.WRITE, Scope.READ))).containsExactly("read", "write");
    assertThat(Scope.roles(Set.of())).isEmpty();
  }

  @Test
  void namesAreReadInAnyCaseAndUnknownOnesAreRefusedWithTheChoices() {
    assertThat(Scope.of(" Write ")).isEqualTo(Scope.WRITE);
    assertThatThrownBy(() -> Scope.of("root"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown scope 'root': use read, write, admin (admin implies write implies read)");
  }
}
