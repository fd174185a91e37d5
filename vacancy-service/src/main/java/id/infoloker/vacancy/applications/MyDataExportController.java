package id.infoloker.vacancy.applications;

import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** The caller's part of their export bundle ({@link MyDataExport}); never stored by a cache. */
@RestController
class MyDataExportController {

    private final MyDataExport export;

    MyDataExportController(MyDataExport export) {
        this.export = export;
    }

    @Operation(operationId = "exportMyApplications", summary = "Export my applications (my part of the data export)")
    @ApiResponse(responseCode = "200", description = "Everything this service stores about me, never cached.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GetMapping("/api/applications/mine/export")
    ResponseEntity<ObjectNode> export(AuthenticatedAccount caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(export.of(caller.id()));
    }
}
