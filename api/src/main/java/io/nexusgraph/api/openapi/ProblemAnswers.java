package io.nexusgraph.api.openapi;

import io.nexusgraph.api.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, in the OpenAPI document, the problem+json answers every secured endpoint can give: put
 * it on a controller class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
    responseCode = "400",
    description = "A parameter or body field is invalid; errors names each.",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@ApiResponse(
    responseCode = "401",
    description = "No API key, or one that is malformed, unknown or revoked.",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@ApiResponse(
    responseCode = "403",
    description = "The API key lacks the scope this endpoint needs.",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@ApiResponse(
    responseCode = "404",
    description = "No such entity (or key).",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
public @interface ProblemAnswers {}
