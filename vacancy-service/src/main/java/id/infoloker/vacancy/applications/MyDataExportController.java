package id.infoloker.vacancy.applications;

import id.infoloker.kit.security.AuthenticatedAccount;
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

    @GetMapping("/api/applications/mine/export")
    ResponseEntity<ObjectNode> export(AuthenticatedAccount caller) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(export.of(caller.id()));
    }
}
