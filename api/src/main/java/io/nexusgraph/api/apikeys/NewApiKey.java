package io.nexusgraph.api.apikeys;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /v1/apikeys}. */
@Serdeable
record NewApiKey(
    @NotBlank @Size(max = ApiKeys.MAX_NAME_LENGTH) String name,
    @NotEmpty
        List<
                @NotNull
                @Pattern(regexp = "read|write|admin", message = "must be read, write or admin")
                String>
            scopes) {}
