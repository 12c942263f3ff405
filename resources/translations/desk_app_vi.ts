<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="272" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="273" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="274" />
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="275" />
        <source>Official documents are printed in {font}.</source>
        <translation>Văn bản chính thức được in bằng phông chữ {font}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="277" />
        <source>The program comes with the Liberation Serif font, used when the computer has no Times New Roman with every Vietnamese letter. Its licence (SIL Open Font License 1.1):</source>
        <translation>Chương trình kèm theo phông chữ Liberation Serif, được dùng khi máy tính không có phông Times New Roman đủ mọi chữ cái tiếng Việt. Giấy phép của phông chữ (SIL Open Font License 1.1):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="280" />
        <source>Built with Qt {version} and PySide6 (LGPL 3).</source>
        <translation>Xây dựng trên Qt {version} và PySide6 (giấy phép LGPL 3).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="288" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="101" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="149" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="115" />
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="115" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="118" />
        <source>letters, digits, dots and underscores</source>
        <translation>chữ, số, dấu chấm và gạch dưới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="121" />
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="122" />
        <source>F&amp;ull name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="123" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="102" />
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="103" />
        <source>This account adds the other users.</source>
        <translation>Tài khoản này thêm các người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="110" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="111" />
        <source>F&amp;ull name:</source>
        <translation>Họ tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="112" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="113" />
        <source>Password (&amp;again):</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="119" />
        <source>Password (again): the two passwords differ</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="52" />
        <source>The agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="53" />
        <source>As printed at the top left of every receipt.</source>
        <translation>Như in ở góc trên bên trái của mọi giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="56" />
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="57" />
        <source>&amp;Desk (agency) name:</source>
        <translation>Tê&amp;n cơ quan / Bộ phận Một cửa:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="58" />
        <source>Agency &amp;code:</source>
        <translation>&amp;Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="59" />
        <source>P&amp;lace name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="72" />
        <source>Apology letter (form 04) – %1</source>
        <translation>Văn bản xin lỗi (mẫu 04) – %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="74" />
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br&gt;Received %3 · due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br&gt;Nhận %3 · hẹn trả %4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="82" />
        <source>Already issued: %1 letter(s), the latest %2; new appointment %3.</source>
        <translation>Đã ra %1 văn bản, gần nhất số %2; ngày hẹn mới %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="90" />
        <source>The result is late</source>
        <translation>Trả kết quả trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="92" />
        <source>Why the result is late</source>
        <translation>Lý do trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="93" />
        <source>New appointment:</source>
        <translation>Ngày hẹn mới:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="104" />
        <source>Suggested: %n working day(s) after the later of now and the appointment it replaces</source>
        <translation>
            <numerusform>Gợi ý: %n ngày làm việc sau thời điểm muộn hơn giữa hiện tại và ngày hẹn được thay thế</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="107" />
        <source>Delay</source>
        <translation>Trễ hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="110" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="117" />
        <source>Errors (sai sót)</source>
        <translation>Sai sót</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="124" />
        <source>Other errors, one per line</source>
        <translation>Sai sót khác, mỗi dòng một sai sót</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="129" />
        <source>The unit that caused the delay makes the apology: by default the one whose step overran most</source>
        <translation>Đơn vị gây chậm trễ đứng tên xin lỗi: mặc định là đơn vị có bước quá hạn nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="134" />
        <source>Why the leader agrees to extend a second time</source>
        <translation>Lý do lãnh đạo đồng ý gia hạn lần thứ hai</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="138" />
        <source>Apologising unit:</source>
        <translation>Đơn vị xin lỗi:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="139" />
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="140" />
        <source>Second extension, confirmed because:</source>
        <translation>Gia hạn lần hai, lãnh đạo đồng ý vì:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="148" />
        <source>&amp;Issue</source>
        <translation>&amp;Ra văn bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="150" />
        <source>&amp;PDF: preview and print…</source>
        <translation>&amp;PDF: xem và in…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="151" />
        <source>&amp;Word (.docx)…</source>
        <translation>&amp;Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="152" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="212" />
        <source>Letter %1 issued: print it or save it for editing.</source>
        <translation>Đã ra văn bản số %1: in ngay hoặc lưu để chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="220" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="233" />
        <source>Apology letter %1</source>
        <translation>Văn bản xin lỗi số %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="239" />
        <source>Save the letter for editing</source>
        <translation>Lưu văn bản để chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/apology_dialog.py" line="240" />
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>ApplicantFiller</name>
    <message>
        <location filename="../../desk_app/ui/counter/applicant_filler.py" line="57" />
        <source>Returning applicant: latest dossier %1 of %2</source>
        <translation>Người nộp đã có hồ sơ: hồ sơ gần nhất %1 ngày %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="130" />
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="130" />
        <source>Digitised copy</source>
        <translation>Bản số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="130" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="131" />
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="131" />
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="131" />
        <source>Signature valid</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="132" />
        <source>Reused from</source>
        <translation>Tái sử dụng từ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="145" />
        <source>Newest scan first; Enter attaches it to the document</source>
        <translation>Bản quét mới nhất ở trên cùng; Enter đính kèm vào giấy tờ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="154" />
        <source>&amp;Reuse earlier copies</source>
        <translation>&amp;Dùng lại bản số hoá trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="156" />
        <source>Attach &amp;files…</source>
        <translation>Đính kèm &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="158" />
        <source>Scanner folder…</source>
        <translation>Thư mục máy quét…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="160" />
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="180" />
        <source>Scans (F6: newest to the document)</source>
        <translation>Bản quét (F6: đính kèm bản mới nhất vào giấy tờ)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="278" />
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="280" />
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="281" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="281" />
        <source>not valid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="305" />
        <source>Choose a document that has a digitised copy</source>
        <translation>Chọn một giấy tờ đã có bản số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="321" />
        <source>Scanner folder: %1</source>
        <translation>Thư mục máy quét: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="323" />
        <source>No scanner folder set</source>
        <translation>Chưa đặt thư mục máy quét</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="328" />
        <source>The folder the scanner saves into</source>
        <translation>Thư mục máy quét lưu bản quét vào</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="358" />
        <source>Scanner folder: no scan to attach</source>
        <translation>Thư mục máy quét: chưa có bản quét nào để đính kèm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="366" />
        <source>Attach the document's scans</source>
        <translation>Đính kèm bản quét của giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="368" />
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="387" />
        <source>Documents: choose the procedure first</source>
        <translation>Giấy tờ: hãy chọn thủ tục trước</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="426" />
        <source>%n earlier digitised document(s) of this applicant can be reused</source>
        <translation>
            <numerusform>Có %n giấy tờ đã số hoá trước đây của người nộp này có thể dùng lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="472" />
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="473" />
        <source>Password or PIN of the signing key:</source>
        <translation>Mật khẩu hoặc mã PIN của khoá ký:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/attachments_panel.py" line="475" />
        <source>Digital signature: the copy is signed with the office's key; give its password or PIN</source>
        <translation>Chữ ký số: bản sao được ký bằng khoá của cơ quan; hãy nhập mật khẩu hoặc mã PIN</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="164" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="130" />
        <location filename="../../desk_app/ui/admin/audit_page.py" line="165" />
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="167" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="169" />
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="172" />
        <source>Change (before → after)</source>
        <translation>Thay đổi (trước → sau)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="110" />
        <source>Dossier received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="111" />
        <source>Dossier imported</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="112" />
        <source>Request to complete issued</source>
        <translation>Lập phiếu yêu cầu bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="113" />
        <source>Refusal to receive issued</source>
        <translation>Lập phiếu từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="114" />
        <source>Office setting changed</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="115" />
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="116" />
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="117" />
        <source>User disabled</source>
        <translation>Khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="118" />
        <source>User enabled</source>
        <translation>Mở khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="119" />
        <source>User changed</source>
        <translation>Sửa người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="120" />
        <source>Procedure added</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="121" />
        <source>Procedure renamed</source>
        <translation>Đổi tên thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="122" />
        <source>Procedure rules changed</source>
        <translation>Thay đổi quy định của thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="123" />
        <source>Calendar day set</source>
        <translation>Đặt ngày trong lịch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="124" />
        <source>Calendar day removed</source>
        <translation>Xoá ngày trong lịch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="125" />
        <source>Personal data exported</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="126" />
        <source>Rating recorded</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="127" />
        <source>Demo data generated</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="130" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="131" />
        <source>Office setting</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="131" />
        <location filename="../../desk_app/ui/admin/audit_page.py" line="145" />
        <location filename="../../desk_app/ui/admin/audit_page.py" line="149" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="132" />
        <location filename="../../desk_app/ui/admin/audit_page.py" line="155" />
        <source>Letter</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="132" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="136" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="136" />
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="137" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="137" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="138" />
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="138" />
        <source>Missing papers</source>
        <translation>Giấy tờ còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="139" />
        <source>Letter number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="140" />
        <source>New appointment</source>
        <translation>Ngày hẹn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="141" />
        <source>Handed over by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="141" />
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="142" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="142" />
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="143" />
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="143" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="144" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="144" />
        <source>Locked until</source>
        <translation>Khoá đến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="145" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="146" />
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="146" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="147" />
        <source>Errors</source>
        <translation>Sai sót</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="147" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="148" />
        <source>Apologising unit</source>
        <translation>Đơn vị xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="149" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="150" />
        <source>Applicant kind</source>
        <translation>Loại người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="150" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="151" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="151" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="152" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="152" />
        <source>Submitted</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="153" />
        <source>Result delivery</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="153" />
        <source>Sets</source>
        <translation>Số bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="154" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="154" />
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="154" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="155" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="156" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="156" />
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="157" />
        <source>Collected by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="158" />
        <source>Collector's ID</source>
        <translation>Giấy tờ của người nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="159" />
        <source>Tracking number</source>
        <translation>Số vận đơn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="159" />
        <source>Notices by</source>
        <translation>Nhận thông báo qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="160" />
        <source>Valid until</source>
        <translation>Hiệu lực đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="162" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="162" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="213" />
        <source>Before:</source>
        <translation>Trước:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="213" />
        <source>After:</source>
        <translation>Sau:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="225" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="226" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="229" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="229" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="230" />
        <source>Verify the chain</source>
        <translation>Kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="232" />
        <source>Checks that no entry was edited, deleted or inserted outside the program</source>
        <translation>Kiểm tra không có mục nào bị sửa, xoá hoặc chèn ngoài chương trình</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/audit_page.py" line="280" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="286" />
        <source>Verifying the chain…</source>
        <translation>Đang kiểm tra chuỗi băm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/audit_page.py" line="302" />
        <source>The audit trail is intact: %n entries</source>
        <translation>
            <numerusform>Nhật ký thay đổi nguyên vẹn: %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/audit_page.py" line="306" />
        <source>The audit trail was tampered with: entry {id} {problem}</source>
        <translation>Nhật ký thay đổi bị can thiệp: mục số {id} {problem}</translation>
    </message>
</context>
<context>
    <name>CalendarAnnouncement</name>
    <message>
        <location filename="../../desk_app/ui/session/calendar_announcement.py" line="26" />
        <source>{year}: {count} day(s) estimated, no official decision yet: {days}.</source>
        <translation>Năm {year}: {count} ngày ước tính, chưa có quyết định chính thức: {days}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/calendar_announcement.py" line="31" />
        <source>{year}: {count} day(s) pending an instrument, counted as working days until the office decides: {days}.</source>
        <translation>Năm {year}: {count} ngày chờ văn bản, đang tính là ngày làm việc cho đến khi cơ quan quyết định: {days}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/calendar_announcement.py" line="38" />
        <source>Load the decision with desk-admin calendar import when it comes.</source>
        <translation>Khi có văn bản, nạp bằng lệnh desk-admin calendar import.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/calendar_announcement.py" line="40" />
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="45" />
        <source>Search by code or name (diacritics optional)</source>
        <translation>Tìm theo mã hoặc tên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="48" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="49" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="50" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="51" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="52" />
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="53" />
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="54" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="65" />
        <source>Internal &amp;steps…</source>
        <translation>Các &amp;bước quy trình nội bộ…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="66" />
        <source>The selected procedure's steps, version by version (administrators edit them)</source>
        <translation>Các bước quy trình nội bộ của thủ tục đang chọn, theo từng phiên bản (quản trị viên sửa được)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/catalog_page.py" line="89" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockWarningsPanel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="31" />
        <source>Online dossier to accept or return (8 working hours)</source>
        <translation>Hồ sơ trực tuyến cần tiếp nhận hoặc yêu cầu bổ sung (8 giờ làm việc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="32" />
        <source>Supplement period ran out: close the dossier</source>
        <translation>Hết hạn bổ sung: đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="33" />
        <source>Due soon, no notice of lateness from the unit</source>
        <translation>Sắp đến hạn, đơn vị chưa thông báo dự kiến trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="36" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="37" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="38" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="39" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/supervision/clock_warnings.py" line="66" />
        <source>&lt;b&gt;Decree 118 warnings: %n dossier(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Cảnh báo theo Nghị định 118: %n hồ sơ&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="47" />
        <source>Close the dossier</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="47" />
        <source>Close dossier</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="50" />
        <source>The requested supplements were due by %1. Closing issues the numbered closing notice.</source>
        <translation>Hạn bổ sung hồ sơ đã hết lúc %1. Đóng hồ sơ sẽ ra thông báo đóng hồ sơ có số.</translation>
    </message>
</context>
<context>
    <name>ControlSheetPreview</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/control_sheet_preview.py" line="27" />
        <source>Control sheet {code}</source>
        <translation>Phiếu kiểm soát {code}</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="166" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="167" />
        <source>Something went wrong and the last action may not have been completed. Data already saved is safe.</source>
        <translation>Đã xảy ra lỗi, thao tác vừa rồi có thể chưa được thực hiện. Dữ liệu đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="171" />
        <source>If it happens again, send the administrator the log file: {path}</source>
        <translation>Nếu lỗi lặp lại, hãy gửi cho quản trị viên tệp nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/crash_guard.py" line="173" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="32" />
        <source>Locked</source>
        <translation>Đã khoá</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="121" />
        <source>Checking the data file…</source>
        <translation>Đang kiểm tra tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="133" />
        <source>The data file cannot be opened now.</source>
        <translation>Chưa mở được tệp dữ liệu lúc này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="142" />
        <source>Making today's first backup…</source>
        <translation>Đang sao lưu dữ liệu đầu ngày…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="145" />
        <source>Looking for the newest good backup…</source>
        <translation>Đang tìm bản sao lưu tốt gần nhất…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="159" />
        <source>Data file missing</source>
        <translation>Thiếu tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="160" />
        <source>The data file is missing.</source>
        <translation>Không tìm thấy tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="163" />
        <source>The copy kept by a restore ({file}) is beside it. Put it back? Without it the program would start with an empty database.</source>
        <translation>Bên cạnh có bản được giữ lại khi khôi phục ({file}). Đặt lại bản đó? Nếu không, chương trình sẽ bắt đầu với cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="166" />
        <source>Put it back</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="168" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="173" />
        <source>The data file {file} was put back.</source>
        <translation>Đã đặt lại tệp dữ liệu {file}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="179" />
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="183" />
        <source>This backup belongs to another office.</source>
        <translation>Bản sao lưu này thuộc một cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="186" />
        <source>Restore it anyway</source>
        <translation>Vẫn khôi phục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="188" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="195" />
        <source>The backup could not be restored.</source>
        <translation>Không khôi phục được bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="154" />
        <source>The backup of {when} was restored. The damaged file was kept as {kept}.</source>
        <translation>Đã khôi phục bản sao lưu lúc {when}. Tệp bị hỏng được giữ lại với tên {kept}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="205" />
        <source>Backing up before closing…</source>
        <translation>Đang sao lưu dữ liệu trước khi đóng…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="211" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="215" />
        <source>The backup was not made.</source>
        <translation>Chưa sao lưu được dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="182" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="224" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="254" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="262" />
        <source>Data safety</source>
        <translation>An toàn dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="257" />
        <location filename="../../desk_app/ui/admin/data_safety.py" line="264" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DayCounts</name>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="14" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="14" />
        <source>Open dossiers whose due time has passed (now)</source>
        <translation>Hồ sơ chưa giải quyết xong đã quá thời hạn hẹn trả (tính đến lúc này)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="16" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="16" />
        <source>Open dossiers not yet overdue that fall due by the closing of the next working day (office calendar: days off do not count)</source>
        <translation>Hồ sơ chưa quá hạn, đến hạn trước giờ kết thúc ngày làm việc tiếp theo (theo lịch làm việc: không tính ngày nghỉ)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="20" />
        <source>Needs apology</source>
        <translation>Cần xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="20" />
        <source>Overdue dossiers without an apology letter yet</source>
        <translation>Hồ sơ quá hạn chưa có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/day_counts.py" line="39" />
        <source>Click to list them</source>
        <translation>Bấm để xem danh sách</translation>
    </message>
</context>
<context>
    <name>DigitisationModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="26" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="27" />
        <source>New dossiers received</source>
        <translation>Hồ sơ tiếp nhận mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="29" />
        <source>Every document digitised</source>
        <translation>Số hoá đủ thành phần</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="31" />
        <source>Dossiers digitised (%)</source>
        <translation>Tỷ lệ số hoá hồ sơ (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="33" />
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="35" />
        <source>Result digitised</source>
        <translation>Kết quả đã số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="37" />
        <source>Results digitised (%)</source>
        <translation>Tỷ lệ số hoá kết quả (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="39" />
        <source>Reused a digitised copy</source>
        <translation>Sử dụng lại bản số hóa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="41" />
        <source>New dossiers received with at least one document reused from an earlier dossier's digitised copy</source>
        <translation>Hồ sơ mới tiếp nhận có ít nhất một thành phần dùng lại bản số hóa của hồ sơ trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/digitisation_table.py" line="43" />
        <source>Data reused (%)</source>
        <translation>Tỷ lệ sử dụng lại dữ liệu số hóa (%)</translation>
    </message>
</context>
<context>
    <name>DossierClocks</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="71" />
        <source>within</source>
        <translation>còn hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="72" />
        <source>due soon</source>
        <translation>sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="73" />
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="74" />
        <source>Online dossier: accept or return by %1 (%2)</source>
        <translation>Hồ sơ trực tuyến: tiếp nhận hoặc yêu cầu bổ sung trước %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="78" />
        <source>Supplement period ran out on %1: the dossier may be closed</source>
        <translation>Hết hạn bổ sung lúc %1: có thể đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="81" />
        <source>Supplements due by %1</source>
        <translation>Hạn bổ sung: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="84" />
        <source>The unit expects lateness: %1; proposed %2</source>
        <translation>Đơn vị báo dự kiến trễ hạn: %1; đề nghị hẹn %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="88" />
        <source>Due from the next working day and no notice of lateness</source>
        <translation>Đến hạn từ ngày làm việc tới mà chưa có thông báo dự kiến trễ hạn</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="91" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="98" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="99" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="100" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="104" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="105" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="106" />
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="107" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="193" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="108" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="138" />
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="139" />
        <source>Digitised copies</source>
        <translation>Bản số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="140" />
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="141" />
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="142" />
        <source>Notices to the applicant</source>
        <translation>Thông báo cho người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="153" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="156" />
        <source>by post, tracking number %1</source>
        <translation>gửi bưu chính, số vận đơn %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="159" />
        <source>collected by %1 (ID %2)</source>
        <translation>%1 nhận (giấy tờ %2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="163" />
        <source>no time limit</source>
        <translation>không thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="164" />
        <source>valid until %1</source>
        <translation>hiệu lực đến ngày %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="167" />
        <source>letter no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="180" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="181" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="182" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="183" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="184" />
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="185" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="188" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="189" />
        <source>Delivery</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="190" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="191" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="230" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="368" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="191" />
        <source>paused, no due date</source>
        <translation>đang tạm dừng, chưa có ngày hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="192" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="194" />
        <source>Register book / number</source>
        <translation>Quyển số / Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="195" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="231" />
        <source>Apology</source>
        <translation>Đã xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="202" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="204" />
        <source>%1 (errors, no new appointment)</source>
        <translation>%1 (sai sót, không hẹn lại)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="207" />
        <source>not yet due</source>
        <translation>chưa đến hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="208" />
        <source>kept</source>
        <translation>đúng hẹn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="209" />
        <source>missed</source>
        <translation>trễ hẹn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="210" />
        <source>dossier withdrawn</source>
        <translation>hồ sơ đã rút</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="212" />
        <source>%1, new appointment %2: %3</source>
        <translation>%1, hẹn lại %2: %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="232" />
        <source>A new appointment does not change the due date: lateness still counts against the receipt's appointment</source>
        <translation>Ngày hẹn mới không thay đổi hạn giải quyết: việc trễ hẹn vẫn tính theo ngày hẹn trên Giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="240" />
        <source>&amp;Hand over…</source>
        <translation>&amp;Chuyển xử lý…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="241" />
        <source>Request &amp;supplements…</source>
        <translation>Yêu cầu &amp;bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="242" />
        <source>Supplement re&amp;ceived…</source>
        <translation>&amp;Nhận bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="243" />
        <source>S&amp;top…</source>
        <translation>&amp;Dừng giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="244" />
        <source>Res&amp;ume…</source>
        <translation>&amp;Tiếp tục giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="245" />
        <source>Result read&amp;y…</source>
        <translation>Đã có &amp;kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="246" />
        <source>Re&amp;fuse…</source>
        <translation>Từ chối &amp;giải quyết…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="247" />
        <source>&amp;Return result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="248" />
        <source>&amp;Withdraw…</source>
        <translation>Rút hồ &amp;sơ…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="249" />
        <source>&amp;Apology letter…</source>
        <translation>Văn bản &amp;xin lỗi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="250" />
        <source>&amp;Lateness notice…</source>
        <translation>Thông báo &amp;trễ hạn…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="251" />
        <source>Close (no supplements)…</source>
        <translation>Đóng hồ sơ (không bổ sung)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="275" />
        <source>Log in to act on the dossier</source>
        <translation>Đăng nhập để xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="277" />
        <source>Your role may not do this</source>
        <translation>Vai trò của bạn không được làm việc này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="279" />
        <source>Not possible in the dossier's present state</source>
        <translation>Không thực hiện được ở trạng thái hiện tại của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="336" />
        <source>Apology letter</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="386" />
        <source>Receipt (PDF)…</source>
        <translation>Biên nhận (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="388" />
        <source>F&amp;orms</source>
        <translation>Biểu &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="389" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="395" />
        <source>Request for supplements (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="396" />
        <source>Refusal (form 03)</source>
        <translation>Phiếu từ chối (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="397" />
        <source>Stop notice (form 05)</source>
        <translation>Thông báo dừng giải quyết (mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="398" />
        <source>Closing notice</source>
        <translation>Thông báo đóng hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="400" />
        <source>Control sheet…</source>
        <translation>Phiếu kiểm soát…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="407" />
        <source>Apology letter (form 04)…</source>
        <translation>Văn bản xin lỗi (mẫu 04)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="411" />
        <source>Result hand-over slip…</source>
        <translation>Phiếu bàn giao kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="426" />
        <source>The QR code does not verify — the receipt may be forged</source>
        <translation>Mã QR không xác thực được — có thể là biên nhận giả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="431" />
        <source>The QR code cannot be verified: its check part is missing or cut off — compare the receipt with the dossier</source>
        <translation>Không kiểm tra được mã QR: phần mã kiểm tra bị thiếu hoặc bị cắt — hãy đối chiếu giấy tiếp nhận với hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="436" />
        <source>Save the receipt</source>
        <translation>Lưu giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="436" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="454" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="456" />
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="477" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_dialog.py" line="474" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="86" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="87" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="88" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="89" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="90" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="92" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="93" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="94" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="96" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="97" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="75" />
        <source>Within the time limit</source>
        <translation>Còn trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="76" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="77" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="78" />
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="79" />
        <source>Resolved early</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="80" />
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="81" />
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="83" />
        <source>apology issued</source>
        <translation>đã có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossier_model.py" line="84" />
        <source>needs an apology letter</source>
        <translation>cần văn bản xin lỗi</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="44" />
        <source>Search by code, name, phone or ID number (diacritics optional)</source>
        <translation>Tìm theo mã hồ sơ, họ tên, số điện thoại hoặc số giấy tờ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="47" />
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="51" />
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="55" />
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="56" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="59" />
        <source>Received from</source>
        <translation>Nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="59" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="74" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="80" />
        <source>Re&amp;gister…</source>
        <translation>Sổ theo &amp;dõi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="81" />
        <source>Register of dossiers (XLSX or PDF)</source>
        <translation>Sổ theo dõi hồ sơ (XLSX hoặc PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="87" />
        <source>The register holds applicants' personal data: supervisors and administrators export it</source>
        <translation>Sổ theo dõi có thông tin cá nhân của người nộp: lãnh đạo và quản trị viên mới được xuất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="90" />
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="231" />
        <source>&amp;Apology letter…</source>
        <translation>Văn bản &amp;xin lỗi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="159" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="161" />
        <source>Searched by the first {words} words only</source>
        <translation>Chỉ tìm theo {words} từ đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="201" />
        <source>Apology letters are issued by a leader</source>
        <translation>Văn bản xin lỗi do lãnh đạo ký ban hành</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="203" />
        <source>Select a dossier first</source>
        <translation>Hãy chọn một hồ sơ trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="205" />
        <source>The dossier was withdrawn</source>
        <translation>Hồ sơ đã rút</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="212" />
        <source>Apology letter (form 04) for the selected dossier</source>
        <translation>Văn bản xin lỗi (mẫu 04) cho hồ sơ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/dossiers_page.py" line="228" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="161" />
        <source>Change {username}</source>
        <translation>Sửa tài khoản {username}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="162" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="166" />
        <source>Username:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="167" />
        <source>F&amp;ull name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="168" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
</context>
<context>
    <name>EstimatedDaysNotice</name>
    <message>
        <location filename="../../desk_app/ui/counter/calendar_notice.py" line="30" />
        <source>The deadline runs through days off not yet officially decided ({days}): the appointment may move when the decision comes.</source>
        <translation>Thời hạn đi qua những ngày nghỉ chưa có quyết định chính thức ({days}): ngày hẹn có thể thay đổi khi có quyết định.</translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="23" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_groups.py" line="24" />
        <source>No apology</source>
        <translation>Chưa xin lỗi</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desk_app/ui/counter/hand_over_dialog.py" line="30" />
        <source>Also waiting for this applicant (tick to hand over too):</source>
        <translation>Người này còn kết quả khác đang chờ trả (đánh dấu để trả cùng lúc):</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="83" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="95" />
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Tìm trong hướng dẫn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="98" />
        <source>Find &amp;next</source>
        <translation>Tìm &amp;tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="101" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="134" />
        <source>The user guide was not found: {path}</source>
        <translation>Không tìm thấy tệp hướng dẫn sử dụng: {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/help_window.py" line="258" />
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="98" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="99" />
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="100" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="101" />
        <source>In time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="102" />
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="105" />
        <source>Step due</source>
        <translation>Hạn của bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="107" />
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="109" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="111" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="113" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="114" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="116" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="117" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="118" />
        <source>Dossier due</source>
        <translation>Hẹn trả hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="130" />
        <source>&amp;Mine</source>
        <translation>Của &amp;tôi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="131" />
        <source>My &amp;unit's</source>
        <translation>Của đơn &amp;vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="133" />
        <source>Handed to you by name, and those of your unit handed to no one</source>
        <translation>Hồ sơ chuyển đích danh cho bạn và hồ sơ của đơn vị chưa giao cho ai</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="134" />
        <source>Every dossier your unit holds</source>
        <translation>Mọi hồ sơ đơn vị đang giữ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="142" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="143" />
        <source>Enter or double-click a row</source>
        <translation>Bấm Enter hoặc nháy đúp vào dòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="145" />
        <source>&amp;Hand over…</source>
        <translation>&amp;Chuyển xử lý…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="146" />
        <source>Request &amp;supplements…</source>
        <translation>Yêu cầu &amp;bổ sung…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="147" />
        <source>Result read&amp;y…</source>
        <translation>Đã có &amp;kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="150" />
        <source>Form 02, printed and handed to the applicant by the desk</source>
        <translation>Mẫu 02, Bộ phận Một cửa in và giao cho người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="151" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="239" />
        <source>Updated at {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="255" />
        <source>All the dossiers {unit} holds</source>
        <translation>Mọi hồ sơ {unit} đang giữ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="257" />
        <source>Yours, and those of {unit} handed to no one</source>
        <translation>Của bạn, và của {unit} chưa giao cho ai</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="259" />
        <source>Handed to you by name</source>
        <translation>Hồ sơ chuyển đích danh cho bạn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="271" />
        <source>&lt;b&gt;%n step(s) due within {hours} working hours:&lt;/b&gt; {codes}</source>
        <translation>
            <numerusform>&lt;b&gt;%n bước đến hạn trong {hours} giờ làm việc tới:&lt;/b&gt; {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="280" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="281" />
        <source>{overdue} overdue, {today} due today</source>
        <translation>{overdue} quá hạn, {today} đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="286" />
        <source>The dossier's clock stands still (supplement or stop)</source>
        <translation>Thời hạn hồ sơ đang tạm dừng (chờ bổ sung hoặc dừng giải quyết)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="358" />
        <source>My dossiers</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="358" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/processing/inbox_page.py" line="380" />
        <source>Supplement request (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung (mẫu 02)</translation>
    </message>
</context>
<context>
    <name>IncompleteDialog</name>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="42" />
        <source>Required documents missing</source>
        <translation>Thiếu giấy tờ bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="43" />
        <source>The dossier lacks required documents and cannot be received as it is:</source>
        <translation>Hồ sơ thiếu giấy tờ bắt buộc nên chưa thể tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="46" />
        <source>&amp;Supplement guidance (form 02)…</source>
        <translation>&amp;Hướng dẫn bổ sung (mẫu 02)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="48" />
        <source>Give the applicant the request to complete the dossier; it is recorded for the statistics and nothing is received</source>
        <translation>Giao người nộp Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; phiếu được ghi nhận để thống kê, hồ sơ không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="53" />
        <source>Why the dossier is received all the same</source>
        <translation>Lý do vẫn tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="57" />
        <source>Supervisor's override</source>
        <translation>Lãnh đạo duyệt tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="59" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="62" />
        <source>Approved by:</source>
        <translation>Người duyệt:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="65" />
        <source>Super&amp;visor:</source>
        <translation>Lãnh đạ&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="66" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="67" />
        <source>Receive with &amp;override</source>
        <translation>&amp;Tiếp nhận theo duyệt của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/incomplete_dialog.py" line="73" />
        <source>Back to the checklist</source>
        <translation>Quay lại danh mục giấy tờ</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="32" />
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="33" />
        <source>Value</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="34" />
        <source>Full points from</source>
        <translation>Đạt điểm tối đa từ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="36" />
        <source>Office setting index766_KEY = THRESHOLD:POINTS</source>
        <translation>Cài đặt của cơ quan index766_KHÓA = NGƯỠNG:ĐIỂM</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="37" />
        <source>Points available</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="39" />
        <source>Points</source>
        <translation>Điểm đạt được</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_index.py" line="40" />
        <source>Full points at or above the threshold, in proportion below it</source>
        <translation>Đủ điểm tối đa khi đạt ngưỡng trở lên, dưới ngưỡng tính theo tỷ lệ</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="80" />
        <source>Type the procedure's code or name (diacritics optional)</source>
        <translation>Gõ mã hoặc tên thủ tục (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="98" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="98" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="98" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="108" />
        <source>&amp;Add document</source>
        <translation>Thêm giấ&amp;y tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="118" />
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="119" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="128" />
        <source>Direct</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="129" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="130" />
        <source>Postal</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="132" />
        <source>At the desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="133" />
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="146" />
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="149" />
        <source>&amp;Incomplete: form 02…</source>
        <translation>Chưa đủ: mẫ&amp;u 02…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="151" />
        <source>Ine&amp;ligible: form 03…</source>
        <translation>Từ chố&amp;i: mẫu 03…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="167" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="169" />
        <source>&amp;Procedure:</source>
        <translation>Thủ &amp;tục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="171" />
        <source>Appointment:</source>
        <translation>Hẹn trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="173" />
        <source>Documents received</source>
        <translation>Thành phần hồ sơ nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="182" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="184" />
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="185" />
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="188" />
        <source>P&amp;hone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="189" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="190" />
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="191" />
        <source>Not&amp;ices by:</source>
        <translation>Nhận thông báo &amp;qua:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="192" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="194" />
        <source>&amp;Channel:</source>
        <translation>Hình thức &amp;nộp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="195" />
        <source>Result &amp;delivery:</source>
        <translation>Nơi nhận &amp;kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="196" />
        <source>&amp;Sets:</source>
        <translation>Số &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="197" />
        <source>&amp;Fee:</source>
        <translation>&amp;Phí, lệ phí:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="198" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="316" />
        <source>Optional: tick it only when handed in</source>
        <translation>Không bắt buộc: chỉ đánh dấu khi người nộp có nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="318" />
        <source>Required: without it the dossier is not received</source>
        <translation>Bắt buộc: thiếu giấy tờ này thì không tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="346" />
        <source>C&amp;CCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="346" />
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_page.py" line="438" />
        <source>Procedure: choose the procedure first</source>
        <translation>Thủ tục: hãy chọn thủ tục trước</translation>
    </message>
</context>
<context>
    <name>IntakeSlipDialog</name>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="32" />
        <source>Request to complete the dossier (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="33" />
        <source>Refusal to receive (form 03)</source>
        <translation>Phiếu từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="40" />
        <source>Missing documents
(one per line; "name: what to do"):</source>
        <translation>Giấy tờ cần bổ sung
(mỗi dòng một giấy tờ; "tên: nội dung cần làm"):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="41" />
        <source>Reasons (one per line):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="42" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="42" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="44" />
        <source>Issue and print</source>
        <translation>Lập phiếu và in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/intake_slip_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="35" />
        <source>Language of the interface:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="45" />
        <source>The new language is used from the next start of the program. Official documents are always in Vietnamese.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau. Văn bản chính thức luôn bằng tiếng Việt.</translation>
    </message>
</context>
<context>
    <name>LatenessNoticeDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="24" />
        <source>Notice of expected lateness</source>
        <translation>Thông báo dự kiến trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="25" />
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="27" />
        <source>The reason the unit gives</source>
        <translation>Lý do đơn vị nêu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="33" />
        <source>Due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="34" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/decree_dialogs.py" line="35" />
        <source>Proposed new date:</source>
        <translation>Ngày hẹn đề nghị:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="22" />
        <location filename="../../desk_app/ui/session/login.py" line="28" />
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="29" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="31" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="32" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="62" />
        <source>Demo accounts:</source>
        <translation>Tài khoản dùng thử:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="64" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="64" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="64" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/login.py" line="77" />
        <source>This account only runs a scheduled task (desk-admin {command}); it cannot open the program</source>
        <translation>Tài khoản này chỉ chạy một tác vụ theo lịch (desk-admin {command}), không mở được chương trình</translation>
    </message>
</context>
<context>
    <name>LoginNeededPage</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="43" />
        <source>Log in to use this page.</source>
        <translation>Đăng nhập để dùng trang này.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="59" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="78" />
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="80" />
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="81" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="83" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="85" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="87" />
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="88" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="90" />
        <source>My dossiers</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="114" />
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="133" />
        <source>User: {name} ({role})</source>
        <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="173" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="174" />
        <source>Log out / switch user</source>
        <translation>Đăng xuất / đổi người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="189" />
        <source>Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="190" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="195" />
        <source>&amp;About…</source>
        <translation>&amp;Giới thiệu…</translation>
    </message>
</context>
<context>
    <name>NoticeConsent</name>
    <message>
        <location filename="../../desk_app/ui/counter/notice_consent.py" line="12" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/notice_consent.py" line="12" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/notice_consent.py" line="13" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/notice_consent.py" line="19" />
        <source>Only with the applicant's consent: the desk sends the receipt, requests, the result and any delay by these channels</source>
        <translation>Chỉ khi người nộp đồng ý: Bộ phận Một cửa gửi giấy tiếp nhận, yêu cầu bổ sung, kết quả và thông báo trễ hẹn qua các kênh này</translation>
    </message>
</context>
<context>
    <name>NoticeCounts</name>
    <message>
        <location filename="../../desk_app/ui/session/notice_counts.py" line="32" />
        <source>Notices: {pending} waiting · {failed} failed</source>
        <translation>Thông báo: {pending} đang chờ · {failed} không gửi được</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/notice_counts.py" line="35" />
        <source>Notices to citizens that wait to be sent, and those that could not be sent after every attempt (desk-admin notify list)</source>
        <translation>Thông báo cho người dân đang chờ gửi và thông báo đã thử gửi hết số lần mà không được (desk-admin notify list)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="81" />
        <source>Hours decide appointment times; the form set, the printed wording.</source>
        <translation>Giờ làm việc quyết định giờ hẹn trả; bộ biểu mẫu quyết định lời văn khi in.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="82" />
        <source>Office hours and forms</source>
        <translation>Giờ làm việc và biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="85" />
        <source>2025 set</source>
        <translation>Bộ năm 2025</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="86" />
        <source>2018 set</source>
        <translation>Bộ năm 2018</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="88" />
        <source>Office &amp;hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="89" />
        <source>&amp;Form set:</source>
        <translation>&amp;Bộ biểu mẫu:</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="67" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="68" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="69" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="70" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="77" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="78" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="79" />
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="63" />
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="81" />
        <source>Apology</source>
        <translation>Đã xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="60" />
        <source>Supplement</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="61" />
        <source>Stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="62" />
        <source>Lateness notice</source>
        <translation>Thông báo trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="65" />
        <source>At the desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="71" />
        <source>Held by</source>
        <translation>Đang giữ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="73" />
        <source>The officer, else the unit, of the latest hand-over</source>
        <translation>Cán bộ, hoặc đơn vị, nhận hồ sơ ở lần chuyển gần nhất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="74" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="75" />
        <source>The latest reason recorded: supplement, stop or apology</source>
        <translation>Lý do ghi nhận gần nhất: bổ sung, dừng giải quyết hoặc xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="80" />
        <source>Working days after the due day, up to today</source>
        <translation>Số ngày làm việc sau ngày hẹn trả, tính đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="86" />
        <source>Apology letter issued</source>
        <translation>Đã có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="53" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="54" />
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="55" />
        <source>Due by the next working day</source>
        <translation>Đến hạn ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="58" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_model.py" line="58" />
        <source>No</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="111" />
        <source>Any urgency</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="114" />
        <source>Without apology only</source>
        <translation>Chỉ hồ sơ chưa xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="115" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="326" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="329" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="116" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="327" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="332" />
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="118" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="119" />
        <source>Issue &amp;apology…</source>
        <translation>&amp;Văn bản xin lỗi…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="120" />
        <source>E&amp;xport XLSX…</source>
        <translation>&amp;Xuất XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="121" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="131" />
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="132" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="137" />
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="134" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="138" />
        <source>By step and unit</source>
        <translation>Theo bước và đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="156" />
        <source>&amp;Groups:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="161" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="162" />
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="163" />
        <source>Urgency:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="313" />
        <source>Updated at {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="315" />
        <source>Loading the rest of the list…</source>
        <translation>Đang tải phần còn lại của danh sách…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="321" />
        <source>(not transferred)</source>
        <translation>(chưa chuyển đơn vị xử lý)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="334" />
        <source>(no step in progress)</source>
        <translation>(không có bước đang thực hiện)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="338" />
        <source>All steps</source>
        <translation>Tất cả các bước</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="371" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="374" />
        <source>{shown} of {total} dossiers</source>
        <translation>{shown}/{total} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="406" />
        <source>Apology letter (form 04) for the selected dossier</source>
        <translation>Văn bản xin lỗi (mẫu 04) cho hồ sơ đang chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="407" />
        <source>Only a supervisor may issue an apology letter</source>
        <translation>Chỉ lãnh đạo được lập văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="425" />
        <source>Apology letter</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="434" />
        <source>Export the overdue list</source>
        <translation>Xuất danh sách hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="435" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="442" />
        <source>Exporting…</source>
        <translation>Đang xuất tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="212" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="214" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="214" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="425" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="260" />
        <source>This account does not see the overdue list.</source>
        <translation>Tài khoản này không xem được danh sách hồ sơ quá hạn.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="457" />
        <source>No apology yet</source>
        <translation>chưa có văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="458" />
        <location filename="../../desk_app/ui/supervision/overdue_page.py" line="471" />
        <source>No</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="144" />
        <source>New password for {username}</source>
        <translation>Mật khẩu mới cho {username}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="145" />
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="147" />
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="37" />
        <source>Unlock the signing key</source>
        <translation>Mở khoá ký số</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="82" />
        <source>C&amp;opies:</source>
        <translation>Số &amp;bản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="84" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="85" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="86" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="133" />
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="133" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="139" />
        <source>Could not save: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="149" />
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../desk_app/ui/widgets/workers.py" line="204" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/workers.py" line="233" />
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="245" />
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="246" />
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="247" />
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="110" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="15" />
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="16" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="17" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="18" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="19" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="20" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="21" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="22" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="23" />
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="24" />
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="25" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="26" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="27" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="28" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="29" />
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="30" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="31" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="32" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="33" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="34" />
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="35" />
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="36" />
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="37" />
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="38" />
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="39" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="40" />
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="41" />
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="42" />
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="43" />
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi lưu và dấu trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="44" />
        <source>Recent Places</source>
        <translation>Nơi gần đây</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="45" />
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="46" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="47" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="48" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="49" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="50" />
        <source>File Folder</source>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="51" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="52" />
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="53" />
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="54" />
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="55" />
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="56" />
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="57" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="58" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="59" />
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="60" />
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="61" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="62" />
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="63" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Thay tệp đó?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="64" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="65" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="66" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' đang được bảo vệ chống ghi.
Vẫn xoá?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="67" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Có chắc muốn xoá '%1'?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="68" />
        <source>Could not delete directory.</source>
        <translation>Không xoá được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="70" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="71" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="72" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="73" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="74" />
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="75" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="76" />
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="77" />
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="78" />
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Không dùng được tên "%1".&lt;/b&gt;&lt;p&gt;Hãy dùng tên khác, ít ký tự hơn hoặc không có dấu chấm câu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="79" />
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="80" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="81" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="82" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="83" />
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="104" />
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="105" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="106" />
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="107" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="108" />
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="228" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="229" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="230" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="231" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="232" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="233" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="234" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="112" />
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="113" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="114" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="115" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="187" />
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="188" />
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="189" />
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="190" />
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="191" />
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="192" />
        <source>Paper source:</source>
        <translation>Khay giấy:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="193" />
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="194" />
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="195" />
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="196" />
        <source>Reverse landscape</source>
        <translation>Ngang ngược</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="197" />
        <source>Reverse portrait</source>
        <translation>Dọc ngược</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="198" />
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="199" />
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="200" />
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="201" />
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="202" />
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="203" />
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="204" />
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="205" />
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="206" />
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="207" />
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang &amp;mỗi tờ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="208" />
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="209" />
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="210" />
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="211" />
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="212" />
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="213" />
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="214" />
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="85" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="86" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="87" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="88" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="89" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="90" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="91" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="92" />
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="93" />
        <source>Abort</source>
        <translation>Huỷ bỏ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="94" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="95" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="96" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="97" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="98" />
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="99" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="100" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="101" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="102" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="117" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="118" />
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="119" />
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="120" />
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="121" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="122" />
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="123" />
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="124" />
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="125" />
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="126" />
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="127" />
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="128" />
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="129" />
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="130" />
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã có.
Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="131" />
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="132" />
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="133" />
        <source>Invalid Pages Definition</source>
        <translation>Khoảng trang không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="134" />
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng ',' để ngăn cách các trang và khoảng trang, '-' để ghi một khoảng trang, và các khoảng không được chồng lên nhau.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="135" />
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Trang 'Từ' không được lớn hơn trang 'Đến'.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="136" />
        <source>Duplex Settings Conflicts</source>
        <translation>Thiết lập in hai mặt mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="137" />
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt có mâu thuẫn. Sửa lại?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="138" />
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng cùng lúc 'Số trang mỗi tờ' và 'Nhóm trang'.
Hãy tắt một trong hai.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="139" />
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="140" />
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="141" />
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="142" />
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="143" />
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="144" />
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="145" />
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="146" />
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="216" />
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="217" />
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="218" />
        <source>Page Setup Conflicts</source>
        <translation>Thiết lập trang mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="219" />
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Thiết lập trang có mâu thuẫn. Sửa lại?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="220" />
        <source>Advanced Option Conflicts</source>
        <translation>Tùy chọn nâng cao mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="221" />
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao mâu thuẫn. Sửa lại?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="223" />
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="224" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="225" />
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="226" />
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn mâu thuẫn. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="158" />
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="159" />
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="160" />
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="161" />
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="162" />
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="163" />
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="164" />
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="165" />
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="166" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="167" />
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="168" />
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="169" />
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="170" />
        <source>Page Set:</source>
        <translation>Nhóm trang:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="171" />
        <source>Page &amp;Set:</source>
        <translation>&amp;Nhóm trang:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="172" />
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="173" />
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="174" />
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="175" />
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="176" />
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="177" />
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="178" />
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="179" />
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="180" />
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="181" />
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="182" />
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="183" />
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="184" />
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="185" />
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ghi các trang hoặc khoảng trang cách nhau bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="148" />
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="149" />
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="150" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="151" />
        <source>P&amp;roperties</source>
        <translation>Thuộc tính &amp;máy in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="152" />
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="153" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="154" />
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="155" />
        <source>Output &amp;file:</source>
        <translation>Tệ&amp;p ra:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="156" />
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="249" />
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="250" />
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="251" />
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="252" />
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="253" />
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="254" />
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="255" />
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="256" />
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="257" />
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="258" />
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="259" />
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="260" />
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="261" />
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="236" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="237" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="238" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="239" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="240" />
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="241" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="242" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/qt_dialog_words.py" line="243" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RatingView</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="101" />
        <source>Satisfaction rating</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="135" />
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Màn hình {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="138" />
        <source>Full screen (F11)</source>
        <translation>Toàn màn hình (F11)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="139" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/rating_view.py" line="140" />
        <source>For the clerk:</source>
        <translation>Dành cho cán bộ:</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_preview.py" line="167" />
        <source>Receipt {code}</source>
        <translation>Giấy tiếp nhận {code}</translation>
    </message>
</context>
<context>
    <name>ReceiveSupplementDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="154" />
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="155" />
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="63" />
        <source>Data file damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="64" />
        <source>The data file cannot be used: it is damaged or unreadable.</source>
        <translation>Không dùng được tệp dữ liệu: tệp bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="70" />
        <source>No good backup was found in {folder}. Call the administrator before working on; do not delete the data file.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong {folder}. Hãy báo quản trị viên trước khi làm việc tiếp; không xoá tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="74" />
        <source>The newest good backup was made at {time} on {day} ({file}). Restore it? Dossiers received after it will have to be entered again; the damaged file is kept beside the data file.</source>
        <translation>Bản sao lưu tốt gần nhất được tạo lúc {time} ngày {day} ({file}). Khôi phục từ bản này? Các hồ sơ tiếp nhận sau thời điểm đó sẽ phải nhập lại; tệp bị hỏng được giữ lại bên cạnh tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="79" />
        <source>Restore this backup</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/data_safety.py" line="82" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="224" />
        <source>Refuse (form 03)</source>
        <translation>Từ chối giải quyết (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="225" />
        <source>Refuse and print</source>
        <translation>Từ chối và in phiếu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="228" />
        <source>Reasons (one per line):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="229" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="53" />
        <source>Register of dossiers</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="65" />
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="66" />
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="67" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="76" />
        <source>Received &amp;from:</source>
        <translation>Tiếp nhận &amp;từ ngày:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="77" />
        <source>&amp;to:</source>
        <translation>đế&amp;n ngày:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="113" />
        <source>%n dossier(s) received in this period</source>
        <translation>
            <numerusform>%n hồ sơ được tiếp nhận trong khoảng thời gian này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="124" />
        <source>Save the register</source>
        <translation>Lưu sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="125" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="126" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="138" />
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="151" />
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/register_dialog.py" line="157" />
        <source>Could not save: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="88" />
        <source>Carried over</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="88" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="89" />
        <source>Direct, postal</source>
        <translation>Trực tiếp, bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="88" />
        <location filename="../../desk_app/ui/supervision/report_table.py" line="89" />
        <location filename="../../desk_app/ui/supervision/report_table.py" line="90" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="89" />
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="89" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="90" />
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="90" />
        <source>Within time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="91" />
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="83" />
        <source>On time or early</source>
        <translation>Trước, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="95" />
        <source>Average working days</source>
        <translation>Số ngày bình quân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="85" />
        <source>Online share</source>
        <translation>Tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="84" />
        <source>Satisfaction in handling</source>
        <translation>Hài lòng trong giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="91" />
        <source>Overdue at period end</source>
        <translation>Quá hạn cuối kỳ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="92" />
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="95" />
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="101" />
        <source>Received for processing: resolved plus in progress. Dossiers withdrawn or closed in the period are left out, as on form 06/VPCP/KSTT</source>
        <translation>Số hồ sơ nhận giải quyết: đã giải quyết cộng đang giải quyết. Không tính hồ sơ rút hoặc bị đóng trong kỳ, như Biểu 06/VPCP/KSTT</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="104" />
        <source>Open dossiers past their due date at the end of the period (24:00 of its last day). The Overdue screen and the status bar count those overdue now, so their number can differ</source>
        <translation>Hồ sơ chưa giải quyết xong đã quá hạn tại thời điểm cuối kỳ (24 giờ ngày cuối kỳ). Màn hình Quá hạn và thanh trạng thái đếm hồ sơ quá hạn tại thời điểm hiện tại nên số có thể khác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="107" />
        <source>Withdrawn in the period: not on form 06, reported in its annex</source>
        <translation>Hồ sơ rút trong kỳ: không tính vào Biểu 06, ghi ở phụ lục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="109" />
        <source>Closed in the period because the requested additions did not come in time (Decree 118, Art. 19(5)): not on form 06, reported in its annex</source>
        <translation>Hồ sơ bị đóng trong kỳ do không bổ sung trong thời hạn (khoản 5 Điều 19 Nghị định 118/2025/NĐ-CP): không tính vào Biểu 06, ghi ở phụ lục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="113" />
        <source>Decision 766: 100 % − (late rate + rate of dislikes), over the resolved</source>
        <translation>Quyết định 766: 100 % − (tỷ lệ trả quá hạn + tỷ lệ không hài lòng), trên số hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="120" />
        <source>Received for processing</source>
        <translation>Số hồ sơ nhận giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="121" />
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="122" />
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/report_table.py" line="123" />
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="90" />
        <source>&amp;Compute</source>
        <translation>&amp;Tính báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="92" />
        <source>Export &amp;XLSX…</source>
        <translation>Xuất &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="93" />
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="94" />
        <source>Rating screen…</source>
        <translation>Màn hình đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="96" />
        <source>Open the citizen's rating screen for a returned dossier</source>
        <translation>Mở màn hình để người dân đánh giá hồ sơ đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="105" />
        <source>Field / procedure</source>
        <translation>Lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="106" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="122" />
        <source>By field and procedure</source>
        <translation>Theo lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="123" />
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="124" />
        <source>Decision 766</source>
        <translation>Quyết định 766</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="125" />
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="127" />
        <source>Digitisation</source>
        <translation>Số hoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="130" />
        <source>Units and officers</source>
        <translation>Theo đơn vị, cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="133" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="133" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="134" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="184" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="185" />
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="189" />
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="192" />
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="193" />
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="194" />
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="195" />
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="199" />
        <source>Other period</source>
        <translation>Kỳ khác</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="247" />
        <source>Only supervisors and administrators see this page.</source>
        <translation>Chỉ lãnh đạo và quản trị viên xem được trang này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="259" />
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="295" />
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="300" />
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="307" />
        <source>Grand total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="297" />
        <source>(not transferred)</source>
        <translation>(chưa chuyển đơn vị xử lý)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="304" />
        <source>Overdue at period end: open dossiers past their due date at 24:00 of the period's last day. The Overdue screen and the status bar count those overdue now. Withdrawn and closed dossiers are not in form 06's received total.</source>
        <translation>Quá hạn cuối kỳ: hồ sơ chưa giải quyết xong đã quá hạn lúc 24 giờ ngày cuối kỳ. Màn hình Quá hạn và thanh trạng thái đếm hồ sơ quá hạn tại thời điểm hiện tại. Hồ sơ rút và hồ sơ bị đóng không tính vào tổng số nhận giải quyết của Biểu 06.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="309" />
        <source>Dossiers per month</source>
        <translation>Hồ sơ theo tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="310" />
        <source>Dossiers received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="311" />
        <source>Dossiers resolved</source>
        <translation>Hồ sơ đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="312" />
        <source>Resolved on time or early (%)</source>
        <translation>Tỷ lệ giải quyết trước và đúng hạn (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="313" />
        <source>Resolved on time or early, by unit</source>
        <translation>Tỷ lệ giải quyết trước và đúng hạn theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="323" />
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: received {received} (of which carried over {carried}) · resolved {resolved}, on time or early {rate} · in progress {open}, overdue at period end {overdue} · withdrawn besides {withdrawn} · closed besides {closed} · satisfied {satisfied}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;: nhận giải quyết {received} (kỳ trước chuyển qua {carried}) · đã giải quyết {resolved}, trước và đúng hạn {rate} · đang giải quyết {open}, quá hạn cuối kỳ {overdue} · ngoài ra rút hồ sơ {withdrawn} · ngoài ra đóng hồ sơ {closed} · hài lòng {satisfied}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="348" />
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="349" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="350" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="371" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="358" />
        <source>Exporting…</source>
        <translation>Đang xuất tệp…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="168" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="170" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="170" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="368" />
        <source>Rating screen</source>
        <translation>Màn hình đánh giá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="369" />
        <source>Code of the returned dossier:</source>
        <translation>Mã hồ sơ đã trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/reports_page.py" line="370" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>ResultReadyDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="176" />
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="176" />
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="178" />
        <source>No time limit</source>
        <translation>Không thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="187" />
        <source>Valid until:</source>
        <translation>Hiệu lực đến ngày:</translation>
    </message>
</context>
<context>
    <name>ResultSlip</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/result_slip.py" line="25" />
        <source>Result hand-over slip</source>
        <translation>Phiếu bàn giao kết quả</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="164" />
        <source>Resume processing</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="165" />
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="242" />
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="243" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="244" />
        <source>Collected at the desk</source>
        <translation>Nhận tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="245" />
        <source>Sent by post</source>
        <translation>Gửi qua bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="251" />
        <source>Number of the ID paper shown</source>
        <translation>Số giấy tờ người nhận xuất trình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="258" />
        <source>Collected by:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="259" />
        <source>ID paper:</source>
        <translation>Giấy tờ tùy thân:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="260" />
        <source>Tracking number:</source>
        <translation>Số vận đơn:</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="71" />
        <source>Code, name, phone or ID number (diacritics optional); or scan the receipt</source>
        <translation>Mã hồ sơ, tên, số điện thoại hoặc số giấy tờ (có dấu hay không đều được); hoặc quét giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="72" />
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="76" />
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="78" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="79" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="81" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="82" />
        <source>Result ready</source>
        <translation>Có kết quả lúc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="83" />
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="84" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="85" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="86" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="90" />
        <source>&amp;Hand over result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="91" />
        <location filename="../../desk_app/ui/counter/return_page.py" line="268" />
        <source>Enter on a row</source>
        <translation>Bấm Enter trên một dòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="92" />
        <source>&amp;Open dossier</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="93" />
        <source>Double-click on a row</source>
        <translation>Bấm đúp vào một dòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="94" />
        <source>&amp;Print hand-over slip…</source>
        <translation>&amp;In phiếu bàn giao…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="96" />
        <source>The result's hand-over slip with its QR code, for the collector to sign</source>
        <translation>Phiếu bàn giao kết quả có mã QR, để người nhận ký</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="97" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="221" />
        <source>Dossier {code} has no result waiting to be handed over.</source>
        <translation>Hồ sơ {code} không có kết quả đang chờ trả.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="226" />
        <source>The QR code does not verify — the receipt may be forged</source>
        <translation>Mã QR không xác thực được — có thể là biên nhận giả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="228" />
        <source>The QR code cannot be verified: its check part is missing or cut off — compare the receipt with the dossier</source>
        <translation>Không kiểm tra được mã QR: phần mã kiểm tra bị thiếu hoặc bị cắt — hãy đối chiếu giấy tiếp nhận với hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/counter/return_page.py" line="240" />
        <source>%n result(s) awaiting return</source>
        <translation>
            <numerusform>%n kết quả chờ trả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/counter/return_page.py" line="242" />
        <source>%n shown</source>
        <translation>
            <numerusform>Đang hiện %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="269" />
        <source>Your role may not hand over results</source>
        <translation>Vai trò của bạn không được trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="294" />
        <source>Dossier {code} is no longer waiting: its result was handed over elsewhere.</source>
        <translation>Hồ sơ {code} không còn chờ trả: kết quả đã được trả ở nơi khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/return_page.py" line="316" />
        <source>Not handed over: {items}</source>
        <translation>Chưa trả được: {items}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="8" />
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="9" />
        <source>Processing officer</source>
        <translation>Chuyên viên xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="10" />
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="11" />
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/roles.py" line="12" />
        <source>Scheduled backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="52" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="53" />
        <source>Saved to:
{path}</source>
        <translation>Đã lưu vào:
{path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="54" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/save_chooser.py" line="56" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../desk_app/ui/counter/scan.py" line="26" />
        <source>Scan or type a dossier code (F2)</source>
        <translation>Quét hoặc gõ mã hồ sơ (F2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter/scan.py" line="34" />
        <source>Scan:</source>
        <translation>Quét mã:</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="73" />
        <source>Preparing the demo office…</source>
        <translation>Đang chuẩn bị dữ liệu mẫu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/app.py" line="85" />
        <source>The demo database could not be built (exit code {code})</source>
        <translation>Không tạo được cơ sở dữ liệu mẫu (mã lỗi {code})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="61" />
        <location filename="../../desk_app/ui/admin/settings_page.py" line="68" />
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="65" />
        <source>Only supervisors and administrators may read the audit trail.</source>
        <translation>Chỉ lãnh đạo và quản trị viên được xem nhật ký thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="73" />
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="77" />
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_page.py" line="79" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="130" />
        <source>First start: set up the office</source>
        <translation>Khởi động lần đầu: thiết lập cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="137" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="138" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="139" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/setup_wizard.py" line="140" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>SignerFields</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="63" />
        <source>Authority, e.g. KT. GIÁM ĐỐC when a deputy signs for the director; empty when signing in one's own name</source>
        <translation>Thẩm quyền ký, ví dụ KT. GIÁM ĐỐC khi cấp phó ký thay; để trống khi ký theo chức vụ của mình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="66" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="72" />
        <source>Authority</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="73" />
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="54" />
        <source>PKCS#12 &amp;file (.p12, .pfx)</source>
        <translation>&amp;Tệp khoá PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="55" />
        <source>USB &amp;token (PKCS#11)</source>
        <translation>&amp;Thiết bị ký USB (token, PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="62" />
        <source>The token vendor's PKCS#11 library (.dll)</source>
        <translation>Thư viện PKCS#11 của hãng cung cấp token (.dll)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="67" />
        <source>Root certificate to trust when checking signatures (optional)</source>
        <translation>Chứng thư gốc tin cậy khi kiểm tra chữ ký (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="68" />
        <source>Test and &amp;save…</source>
        <translation>Ký &amp;thử và lưu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="76" />
        <source>Key file:</source>
        <translation>Tệp khoá:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="77" />
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Tệp PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="79" />
        <source>Library:</source>
        <translation>Thư viện:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="80" />
        <source>PKCS#11 libraries (*.dll *.so *.dylib)</source>
        <translation>Thư viện PKCS#11 (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="81" />
        <source>Token label:</source>
        <translation>Tên token:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="82" />
        <source>Key label:</source>
        <translation>Tên khoá:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="83" />
        <source>Trusted root:</source>
        <translation>Chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="84" />
        <source>Certificates (*.cer *.crt *.pem *.der)</source>
        <translation>Chứng thư số (*.cer *.crt *.pem *.der)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="101" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="107" />
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="115" />
        <source>No signing key is set up: copies are kept unsigned.</source>
        <translation>Chưa cài đặt khoá ký: bản sao điện tử được lưu mà không ký số.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="122" />
        <source>Signing key: %1</source>
        <translation>Khoá ký: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="137" />
        <source>Password of the key file:</source>
        <translation>Mật khẩu tệp khoá:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="138" />
        <source>PIN of the token:</source>
        <translation>Mã PIN của thiết bị ký:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="155" />
        <source>the probe signature is valid.</source>
        <translation>chữ ký thử hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="156" />
        <source>the probe signature is not valid yet: %1</source>
        <translation>chữ ký thử chưa hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/signing_page.py" line="158" />
        <source>Saved. Signed by %1; %2</source>
        <translation>Đã lưu. Người ký: %1; %2</translation>
    </message>
</context>
<context>
    <name>StepNotifier</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/session/step_notifier.py" line="70" />
        <source>%n step(s) due within {hours} working hours</source>
        <translation>
            <numerusform>%n bước xử lý đến hạn trong {hours} giờ làm việc tới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/session/step_notifier.py" line="76" />
        <source>%n step(s) past due</source>
        <translation>
            <numerusform>%n bước xử lý đã quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/step_notifier.py" line="86" />
        <source>{code}: step {step} ({unit}), due {due}</source>
        <translation>{code}: bước {step} ({unit}), hạn {due}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/session/step_notifier.py" line="90" />
        <source>and %n more</source>
        <translation>
            <numerusform>và %n hồ sơ khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepWarningsPanel</name>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="31" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="32" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="33" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="34" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="35" />
        <source>Step due</source>
        <translation>Hạn của bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="36" />
        <source>Past due by</source>
        <translation>Đã quá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="49" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/supervision/step_warnings_panel.py" line="65" />
        <source>&lt;b&gt;Steps past due: %n&lt;/b&gt; (the unit's head and the supervisors are told by e-mail when notices are set up)</source>
        <translation>
            <numerusform>&lt;b&gt;Bước xử lý quá hạn: %n&lt;/b&gt; (lãnh đạo đơn vị và bộ phận giám sát được báo qua thư điện tử khi đã cài đặt gửi thông báo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="46" />
        <source>Internal process steps – %1</source>
        <translation>Quy trình nội bộ – %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="52" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="52" />
        <source>Unit (or the desk)</source>
        <translation>Đơn vị (hoặc Bộ phận Một cửa)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="52" />
        <source>Budget (2d, 0.5d, 4h)</source>
        <translation>Thời gian (2d, 0.5d, 4h)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="57" />
        <source>&amp;Add step</source>
        <translation>&amp;Thêm bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="58" />
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="59" />
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="60" />
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="71" />
        <source>&amp;Save as a new version</source>
        <translation>&amp;Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="72" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="80" />
        <source>New version in force from:</source>
        <translation>Phiên bản mới có hiệu lực từ ngày:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="114" />
        <source>From %1: %n step(s)</source>
        <translation>
            <numerusform>Từ %1: %n bước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="117" />
        <source> (in force)</source>
        <translation> (đang hiệu lực)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="128" />
        <source>%1 – %2. Time limit: %3.</source>
        <translation>%1 – %2. Thời hạn giải quyết: %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="195" />
        <source>No steps: the whole time limit is one step.</source>
        <translation>Chưa có bước: cả thời hạn giải quyết là một bước.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="198" />
        <source>Warning: %1 (it can still be saved)</source>
        <translation>Lưu ý: %1 (vẫn lưu được)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="202" />
        <source>The budgets add up to the time limit.</source>
        <translation>Tổng thời gian các bước bằng thời hạn giải quyết.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="214" />
        <source>Saved: the steps apply to dossiers received from %1; those received before keep theirs.</source>
        <translation>Đã lưu: các bước áp dụng cho hồ sơ tiếp nhận từ ngày %1; hồ sơ tiếp nhận trước đó giữ quy trình cũ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/steps_editor.py" line="217" />
        <source>Nothing changed: these are the steps in force from %1.</source>
        <translation>Không có gì thay đổi: đây đã là các bước có hiệu lực từ ngày %1.</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="21" />
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="22" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="23" />
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="24" />
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="25" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="35" />
        <source>%1 working hour(s)</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="38" />
        <source>%1 working day(s)</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="40" />
        <source>%1 working day(s) %2 hour(s)</source>
        <translation>%1 ngày làm việc %2 giờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="57" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="58" />
        <source>Name</source>
        <translation>Tên bước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="59" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="60" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="61" />
        <source>Budget</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="62" />
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="63" />
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="64" />
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="65" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="66" />
        <source>Overrun</source>
        <translation>Quá hạn bao lâu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="95" />
        <source>step %1 (%2) by %3</source>
        <translation>bước %1 (%2) quá %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/steps_view.py" line="98" />
        <source>Overran: %1</source>
        <translation>Các bước quá hạn: %1</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="207" />
        <source>Stop processing (form 05)</source>
        <translation>Dừng giải quyết hồ sơ (mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="208" />
        <source>Stop and print</source>
        <translation>Dừng và in thông báo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="213" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="214" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="215" />
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
</context>
<context>
    <name>SupplementRequestDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="125" />
        <source>Request supplements (form 02)</source>
        <translation>Yêu cầu bổ sung hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="126" />
        <source>Request and print</source>
        <translation>Yêu cầu và in phiếu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="131" />
        <source>Missing documents
(one per line; "name: what to do"):</source>
        <translation>Giấy tờ cần bổ sung
(mỗi dòng một giấy tờ; "tên: nội dung cần làm"):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="133" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="108" />
        <source>Hand over the dossier</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="109" />
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="113" />
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="113" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="114" />
        <source>To unit:</source>
        <translation>Đơn vị nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="115" />
        <source>Receiver:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="116" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="53" />
        <source>Locked</source>
        <translation>Đã khoá</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/session/idle_lock.py" line="57" />
        <source>The program was locked after %n minute(s) without use. Your work is kept: enter the password to continue.</source>
        <translation>
            <numerusform>Chương trình đã tự khoá sau %n phút không sử dụng. Công việc đang làm vẫn được giữ nguyên: nhập mật khẩu để tiếp tục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="64" />
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="65" />
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="67" />
        <source>What was not saved is lost</source>
        <translation>Những gì chưa lưu sẽ bị mất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="69" />
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/session/idle_lock.py" line="70" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="48" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="56" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="57" />
        <source>Password (&amp;again):</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="59" />
        <source>{low} to {high} characters, at least one letter and one digit, not the username</source>
        <translation>Từ {low} đến {high} ký tự, có ít nhất một chữ cái và một chữ số, khác tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="74" />
        <source>Password (again): the two passwords differ</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="89" />
        <source>empty: the one-stop desk, or (a supervisor) the whole centre</source>
        <translation>để trống: Bộ phận Một cửa, hoặc (người giám sát) toàn Trung tâm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="93" />
        <source>U&amp;nit:</source>
        <translation>Đơn vị &amp;công tác:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="94" />
        <source>&amp;E-mail:</source>
        <translation>Thư điện tử (&amp;e-mail):</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="194" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="195" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="196" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="197" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="197" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="198" />
        <source>Disabled</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="199" />
        <source>Locked until</source>
        <translation>Tạm khoá đến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="201" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="202" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="205" />
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="206" />
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="207" />
        <source>&amp;Change name or role…</source>
        <translation>Đổi &amp;họ tên hoặc vai trò…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="208" />
        <source>&amp;Disable</source>
        <translation>&amp;Khoá tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="210" />
        <source>The account stays in the history but can no longer log in</source>
        <translation>Tài khoản vẫn còn trong lịch sử nhưng không đăng nhập được nữa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="211" />
        <source>&amp;Enable</source>
        <translation>Mở kh&amp;oá</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="212" />
        <source>Lets the user log in again, at once</source>
        <translation>Cho người dùng đăng nhập lại ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="238" />
        <source>Locked after wrong passwords; Enable or a new password lifts the lockout at once</source>
        <translation>Tạm khoá do nhập sai mật khẩu; Mở khoá hoặc đặt mật khẩu mới sẽ mở khoá ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="309" />
        <source>Added {username}.</source>
        <translation>Đã thêm {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="313" />
        <source>New password set for {username}.</source>
        <translation>Đã đặt mật khẩu mới cho {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="316" />
        <source>Saved {username}.</source>
        <translation>Đã lưu {username}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="339" />
        <source>Enabled {username}: they can log in again.</source>
        <translation>Đã mở khoá {username}: có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/users_page.py" line="340" />
        <source>Disabled {username}: they can no longer log in.</source>
        <translation>Đã khoá {username}: không đăng nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="289" />
        <source>Withdraw the dossier</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="290" />
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers/lifecycle_dialogs.py" line="292" />
        <source>Reason given by the applicant:</source>
        <translation>Lý do người nộp đưa ra:</translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="47" />
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="103" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="48" />
        <source>Export this table as XLSX…</source>
        <translation>Xuất bảng này ra XLSX…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="53" />
        <source>Whole unit</source>
        <translation>Cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="55" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="56" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="57" />
        <source>Steps handled</source>
        <translation>Số bước đã xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="58" />
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="59" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="60" />
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="61" />
        <source>Median per step (working hours)</source>
        <translation>Trung vị mỗi bước (giờ làm việc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="62" />
        <source>Held now</source>
        <translation>Đang giữ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="63" />
        <source>Overdue now</source>
        <translation>Đang giữ quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="68" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="136" />
        <source>Export the figures by unit and officer</source>
        <translation>Xuất số liệu theo đơn vị, cán bộ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="137" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="150" />
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="150" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/workload_view.py" line="152" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
</context>
</TS>