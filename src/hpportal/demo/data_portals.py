"""Texts of the demo component portals (Level II) for `hpportal demo`."""

PORTALS = [
    {
        "title": "Sở Xây dựng",
        "kind": "department",
        "description": (
            "Cổng thông tin thành phần của Sở Xây dựng thành phố Hải Phòng, cung cấp thông tin về quy hoạch, "
            "xây dựng, phát triển đô thị, nhà ở và giao thông vận tải."
        ),
        "intro": (
            "<p>Sở Xây dựng thành phố Hải Phòng là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu, "
            "giúp Ủy ban nhân dân thành phố quản lý nhà nước về quy hoạch xây dựng và kiến trúc, hoạt động đầu tư "
            "xây dựng, phát triển đô thị, hạ tầng kỹ thuật, nhà ở, thị trường bất động sản, vật liệu xây dựng và "
            "giao thông vận tải trên địa bàn thành phố.</p>"
            "<p>Sở có các nhiệm vụ chủ yếu sau:</p><ul>"
            "<li>Trình Ủy ban nhân dân thành phố dự thảo quy hoạch, kế hoạch, chương trình phát triển đô thị, "
            "nhà ở và kết cấu hạ tầng giao thông;</li>"
            "<li>Thẩm định dự án, thiết kế xây dựng; kiểm tra công tác nghiệm thu công trình theo phân cấp;</li>"
            "<li>Quản lý, bảo trì hệ thống đường bộ, đường thủy nội địa được giao; tổ chức vận tải hành khách "
            "công cộng;</li>"
            "<li>Hướng dẫn, kiểm tra chính quyền các xã, phường, đặc khu trong quản lý trật tự xây dựng.</li></ul>"
            "<p>Cơ cấu tổ chức của Sở gồm Ban Giám đốc, Văn phòng, các phòng chuyên môn về quy hoạch – kiến trúc, "
            "quản lý xây dựng, phát triển đô thị, nhà ở và thị trường bất động sản, quản lý giao thông vận tải, "
            "cùng các đơn vị sự nghiệp trực thuộc.</p>"
            "<p>Từ ngày 01/7/2025, khi thành phố Hải Phòng và tỉnh Hải Dương hợp nhất, Sở thực hiện nhiệm vụ trên "
            "toàn bộ không gian phát triển mới của thành phố.</p>"
        ),
        "contact": {
            "address": "Khu Trung tâm chính trị – hành chính thành phố, phường Thủy Nguyên, thành phố Hải Phòng",
            "phone": "0225 3 842 563",
            "email": "sxd@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Sở Xây dựng triển khai nhiệm vụ quản lý trật tự xây dựng năm 2026",
            "Đẩy nhanh tiến độ thi công các cây cầu vượt sông Cấm kết nối khu đô thị mới",
            "Hướng dẫn thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ theo mô hình chính quyền hai cấp",
            "Kiểm tra chất lượng công trình nhà ở xã hội tại khu vực phía Tây thành phố",
            "Công bố giá vật liệu xây dựng quý I năm 2026 trên địa bàn thành phố Hải Phòng",
            "Rà soát, điều chỉnh quy hoạch chung thành phố sau khi hợp nhất với tỉnh Hải Dương",
            "Tăng cường kiểm soát tải trọng phương tiện trên các tuyến quốc lộ qua địa bàn thành phố",
            "Lấy ý kiến nhân dân về đồ án quy hoạch phân khu đô thị ven sông Lạch Tray",
            "Triển khai kế hoạch cải tạo, xây dựng lại các chung cư cũ xuống cấp tại khu vực nội thành",
            "Hội thảo giải pháp phát triển vật liệu xây dựng xanh, tiết kiệm năng lượng",
            "Khởi công nâng cấp tuyến đường trục nối khu vực phía Bắc với phía Nam thành phố",
            "Tổng kết công tác bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán",
            "Đưa vào vận hành thêm các tuyến xe buýt kết nối trung tâm thành phố với khu vực phía Tây",
            "Cấp chứng chỉ hành nghề hoạt động xây dựng theo hình thức trực tuyến toàn trình",
            "Tập huấn nghiệp vụ quản lý trật tự xây dựng cho cán bộ các xã, phường, đặc khu",
            "Kiểm tra công tác an toàn lao động tại các công trình xây dựng trọng điểm",
            "Phê duyệt danh mục dự án nhà ở thương mại thực hiện đấu thầu lựa chọn nhà đầu tư",
            "Đề xuất giải pháp chống ngập úng cho khu vực trung tâm thành phố trong mùa mưa bão",
            "Tổ chức lại giao thông tại một số nút giao để phục vụ thi công công trình hạ tầng",
            "Đánh giá thị trường bất động sản năm 2025 và dự báo xu hướng năm 2026",
            "Sở Xây dựng đối thoại với doanh nghiệp về thủ tục đầu tư xây dựng",
            "Nghiệm thu, đưa vào sử dụng đoạn tuyến đường bộ ven biển qua khu vực phía Nam thành phố",
            "Ban hành quy chế quản lý kiến trúc đô thị đối với các tuyến phố chính",
            "Tăng cường quản lý chất lượng vật liệu xây dựng lưu thông trên thị trường",
            "Hỗ trợ người dân khu vực ven biển xây dựng nhà ở an toàn trước thiên tai",
            "Đẩy mạnh xã hội hóa đầu tư hệ thống chiếu sáng công cộng và cây xanh đô thị",
            "Sở Xây dựng sơ kết sáu tháng thực hiện mô hình chính quyền địa phương hai cấp",
            "Hoàn thiện cơ sở dữ liệu về nhà ở và thị trường bất động sản của thành phố",
            "Kiểm tra hoạt động đăng kiểm phương tiện giao thông cơ giới đường bộ",
            "Lấy ý kiến góp ý dự thảo quy định phân cấp quản lý hạ tầng giao thông đường bộ",
            "Xây dựng thêm các bãi đỗ xe công cộng nhằm giảm ùn tắc tại khu vực nội đô",
            "Thẩm định thiết kế dự án mở rộng nhà ga hành khách Cảng hàng không quốc tế Cát Bi",
            "Phổ biến các văn bản mới về quản lý chi phí và hợp đồng xây dựng cho doanh nghiệp",
            "Cải tạo hệ thống thoát nước, vỉa hè trên nhiều tuyến phố cũ khu vực trung tâm",
        ],
        "subjects": [
            "Quy hoạch",
            "Xây dựng",
            "Giao thông",
            "Nhà ở xã hội",
            "Đô thị",
            "Bất động sản",
            "Trật tự xây dựng",
        ],
    },
    {
        "title": "Sở Văn hóa, Thể thao và Du lịch",
        "kind": "department",
        "description": (
            "Cổng thông tin thành phần của Sở Văn hóa, Thể thao và Du lịch, giới thiệu hoạt động văn hóa, "
            "di sản, thể thao và điểm đến du lịch của thành phố Hải Phòng."
        ),
        "intro": (
            "<p>Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hải Phòng, "
            "tham mưu, giúp Ủy ban nhân dân thành phố quản lý nhà nước về văn hóa, gia đình, thể dục thể thao và "
            "du lịch; quản lý các dịch vụ công thuộc lĩnh vực được giao theo quy định của pháp luật.</p>"
            "<p>Sở có các nhiệm vụ chủ yếu sau:</p><ul>"
            "<li>Xây dựng, trình ban hành quy hoạch, kế hoạch phát triển sự nghiệp văn hóa, thể thao và du lịch;</li>"
            "<li>Quản lý, bảo tồn và phát huy giá trị di sản văn hóa vật thể, phi vật thể trên địa bàn;</li>"
            "<li>Tổ chức các lễ hội, sự kiện văn hóa, nghệ thuật, thể thao lớn của thành phố;</li>"
            "<li>Xúc tiến, quảng bá du lịch; quản lý khu, điểm du lịch, cơ sở lưu trú và hoạt động lữ hành.</li></ul>"
            "<p>Giúp việc cho Ban Giám đốc có Văn phòng và các phòng chuyên môn về quản lý văn hóa, di sản, "
            "gia đình, thể dục thể thao, quản lý du lịch; các đơn vị sự nghiệp gồm Bảo tàng, Thư viện, "
            "Trung tâm Văn hóa, Trung tâm Huấn luyện và Thi đấu thể thao cùng các nhà hát, đoàn nghệ thuật.</p>"
            "<p>Với vùng biển đảo Cát Bà, Đồ Sơn và vùng di sản xứ Đông, Sở hướng tới xây dựng Hải Phòng thành "
            "trung tâm du lịch, văn hóa giàu bản sắc của vùng Bắc Bộ.</p>"
        ),
        "contact": {
            "address": "Số 18 Minh Khai, phường Hồng Bàng, thành phố Hải Phòng",
            "phone": "0225 3 842 107",
            "email": "svhttdl@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Khai mạc Lễ hội Hoa Phượng Đỏ với nhiều hoạt động văn hóa, nghệ thuật đặc sắc",
            "Hải Phòng đón lượng khách du lịch tăng mạnh trong kỳ nghỉ lễ 30 tháng 4 và 1 tháng 5",
            "Liên hoan nghệ thuật quần chúng chào mừng kỷ niệm Ngày giải phóng thành phố 13 tháng 5",
            "Tổ chức Lễ hội truyền thống Nữ tướng Lê Chân năm 2026 trang trọng, an toàn",
            "Kết nối tuyến du lịch giữa Cát Bà, Đồ Sơn và các điểm di tích vùng xứ Đông",
            "Phát triển du lịch văn hóa tâm linh tại quần thể di tích Côn Sơn – Kiếp Bạc",
            "Gặp mặt, động viên các vận động viên tham dự Đại hội Thể dục thể thao toàn quốc",
            "Triển lãm ảnh nghệ thuật về thành phố Hoa Phượng Đỏ thu hút đông đảo công chúng",
            "Kiểm tra công tác bảo đảm an toàn cho du khách tại các bãi tắm Đồ Sơn",
            "Hội nghị xúc tiến, quảng bá du lịch Hải Phòng tại thị trường Hàn Quốc",
            "Bảo tồn và phát huy nghệ thuật múa rối nước truyền thống tại các phường rối",
            "Giải chạy bán ma-ra-tông quốc tế thu hút hàng nghìn vận động viên tham gia",
            "Trao giấy công nhận danh hiệu thôn văn hóa, tổ dân phố văn hóa tiêu biểu",
            "Khảo sát, lập hồ sơ đề nghị xếp hạng di tích lịch sử – văn hóa cấp thành phố",
            "Nâng cao chất lượng dịch vụ lưu trú, ăn uống phục vụ khách du lịch mùa hè",
            "Liên hoan hát Đúm thu hút các câu lạc bộ văn nghệ truyền thống tham gia",
            "Khai trương tuyến du lịch đường thủy trên sông Cấm và sông Bạch Đằng",
            "Khai mạc Hội khỏe Phù Đổng thành phố với hơn ba nghìn vận động viên học sinh",
            "Thư viện thành phố đẩy mạnh chuyển đổi số, phục vụ bạn đọc trên môi trường mạng",
            "Bảo tàng thành phố mở cửa miễn phí nhân Ngày Di sản Văn hóa Việt Nam",
            "Tập huấn kỹ năng hướng dẫn viên du lịch tại điểm cho người dân địa phương",
            "Phát động cuộc vận động toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại",
            "Quảng bá ẩm thực vùng biển và xứ Đông tại Lễ hội Văn hóa ẩm thực thành phố",
            "Tăng cường quản lý hoạt động kinh doanh dịch vụ văn hóa, giải trí trên địa bàn",
            "Lễ hội Chọi trâu Đồ Sơn được tổ chức theo đúng nghi lễ truyền thống",
            "Tu bổ, tôn tạo Khu di tích Bạch Đằng Giang phục vụ khách tham quan",
            "Đánh giá kết quả thực hiện Chương trình phát triển du lịch cộng đồng năm 2025",
            "Khai mạc Tuần Văn hóa – Du lịch Cát Bà chào đón mùa du lịch mới",
            "Đoàn thể thao Hải Phòng giành nhiều huy chương tại các giải vô địch quốc gia",
            "Triển khai Bộ quy tắc ứng xử văn minh du lịch tại các khu, điểm du lịch",
            "Chương trình nghệ thuật kỷ niệm Ngày Gia đình Việt Nam 28 tháng 6",
            "Hội thảo khoa học về bảo tồn và phát huy giá trị gốm Chu Đậu",
            "Xây dựng sản phẩm du lịch đêm tại khu vực trung tâm thành phố",
            "Trao giải cuộc thi sáng tác ca khúc về thành phố Cảng anh hùng",
        ],
        "subjects": ["Văn hóa", "Thể thao", "Du lịch", "Di sản", "Lễ hội", "Gia đình"],
    },
    {
        "title": "Sở Khoa học và Công nghệ",
        "kind": "department",
        "description": (
            "Cổng thông tin thành phần của Sở Khoa học và Công nghệ, cập nhật hoạt động khoa học, công nghệ, "
            "đổi mới sáng tạo, chuyển đổi số và thông tin, truyền thông của thành phố."
        ),
        "intro": (
            "<p>Sở Khoa học và Công nghệ thành phố Hải Phòng là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, "
            "tham mưu, giúp Ủy ban nhân dân thành phố quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, "
            "chuyển đổi số, tiêu chuẩn, đo lường, chất lượng, sở hữu trí tuệ, bưu chính, viễn thông, báo chí và "
            "xuất bản trên địa bàn thành phố.</p>"
            "<p>Sở có các nhiệm vụ chủ yếu sau:</p><ul>"
            "<li>Tổ chức tuyển chọn, giao trực tiếp và đánh giá, nghiệm thu các nhiệm vụ khoa học và công nghệ "
            "cấp thành phố;</li>"
            "<li>Chủ trì xây dựng chính quyền số, kinh tế số, xã hội số; bảo đảm an toàn thông tin mạng;</li>"
            "<li>Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, thị trường khoa học và công nghệ;</li>"
            "<li>Quản lý hoạt động báo chí, xuất bản, thông tin cơ sở và thông tin đối ngoại.</li></ul>"
            "<p>Cơ cấu tổ chức gồm Ban Giám đốc, Văn phòng, các phòng chuyên môn về quản lý khoa học, "
            "chuyển đổi số, bưu chính – viễn thông, thông tin – báo chí – xuất bản, Chi cục Tiêu chuẩn "
            "Đo lường Chất lượng và các trung tâm sự nghiệp trực thuộc.</p>"
            "<p>Sở xác định khoa học, công nghệ và chuyển đổi số là động lực then chốt để Hải Phòng phát triển "
            "nhanh, bền vững, đi đầu trong xây dựng đô thị thông minh.</p>"
        ),
        "contact": {
            "address": "Số 12 Trần Phú, phường Ngô Quyền, thành phố Hải Phòng",
            "phone": "0225 3 846 258",
            "email": "skhcn@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Hải Phòng triển khai kế hoạch chuyển đổi số năm 2026 trong các cơ quan nhà nước",
            "Quán triệt Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ và chuyển đổi số",
            "Nghiệm thu nhiệm vụ khoa học ứng dụng công nghệ sinh học trong nuôi trồng thủy sản",
            "Khai mạc Ngày hội Khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng năm 2026",
            "Hỗ trợ doanh nghiệp nhỏ và vừa áp dụng hệ thống quản lý chất lượng tiên tiến",
            "Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ cấp thành phố",
            "Kiểm tra đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ trên địa bàn",
            "Trung tâm dữ liệu thành phố chính thức vận hành, bảo đảm an toàn thông tin",
            "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến trên thiết bị di động",
            "Cuộc thi tìm hiểu về chuyển đổi số dành cho đoàn viên, thanh niên thành phố",
            "Phát huy giá trị chỉ dẫn địa lý vải thiều Thanh Hà trên thị trường trong nước và quốc tế",
            "Hỗ trợ xác lập quyền sở hữu trí tuệ cho các sản phẩm đặc sản địa phương",
            "Diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng năm 2026",
            "Phát triển hạ tầng mạng di động thế hệ thứ năm tại các khu công nghiệp",
            "Giao ban công tác báo chí định kỳ, định hướng tuyên truyền các sự kiện lớn của thành phố",
            "Ứng dụng trí tuệ nhân tạo hỗ trợ xử lý phản ánh, kiến nghị của người dân",
            "Triển khai nền tảng bản đồ số dùng chung phục vụ quản lý đô thị",
            "Kiểm tra cân đối chứng và phương tiện đo tại các chợ dân sinh",
            "Tập huấn kỹ năng bảo đảm an toàn thông tin cho cán bộ cấp xã sau sắp xếp",
            "Ra mắt sàn giao dịch công nghệ và thiết bị thành phố Hải Phòng",
            "Đánh giá chỉ số chuyển đổi số của các sở, ngành và cấp xã năm 2025",
            "Trao giải Hội thi Sáng tạo kỹ thuật thành phố Hải Phòng lần thứ mười ba",
            "Hỗ trợ phát triển doanh nghiệp khoa học và công nghệ trong lĩnh vực công nghệ cao",
            "Hội thảo ứng dụng công nghệ số trong vận hành cảng biển thông minh",
            "Phổ cập kỹ năng số cho người dân thông qua các tổ công nghệ số cộng đồng",
            "Ký kết hợp tác nghiên cứu khoa học giữa thành phố và các trường đại học",
            "Kiểm tra an toàn bức xạ tại các cơ sở y tế sử dụng thiết bị X-quang",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa",
            "Cung cấp thông tin chính thống kịp thời, đấu tranh với tin giả trên không gian mạng",
            "Chuyển giao tiến bộ kỹ thuật về giống lúa chất lượng cao cho nông dân khu vực phía Tây",
            "Phát triển hệ thống camera giám sát thông minh phục vụ quản lý đô thị",
            "Đẩy mạnh thanh toán không dùng tiền mặt trong các dịch vụ công thiết yếu",
            "Hưởng ứng Ngày Chuyển đổi số quốc gia 10 tháng 10 với nhiều hoạt động thiết thực",
            "Đánh giá hiệu quả Chương trình phát triển tài sản trí tuệ giai đoạn 2021 – 2025",
        ],
        "subjects": [
            "Khoa học",
            "Công nghệ",
            "Chuyển đổi số",
            "Đổi mới sáng tạo",
            "Sở hữu trí tuệ",
            "An toàn thông tin",
            "Báo chí",
        ],
    },
    {
        "title": "Phường Hồng Bàng",
        "kind": "ward",
        "description": (
            "Cổng thông tin thành phần của phường Hồng Bàng, phường trung tâm giàu truyền thống lịch sử "
            "của thành phố Hải Phòng."
        ),
        "intro": (
            "<p>Phường Hồng Bàng là đơn vị hành chính cấp cơ sở thuộc thành phố Hải Phòng, được sắp xếp, thành lập "
            "theo mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025. Phường nằm ở khu vực trung tâm lịch sử "
            "của thành phố, bên dòng sông Tam Bạc và sông Cấm, nơi tập trung nhiều công trình kiến trúc, "
            "tuyến phố thương mại lâu đời.</p>"
            "<p>Ủy ban nhân dân phường thực hiện các nhiệm vụ chủ yếu:</p><ul>"
            "<li>Tổ chức thi hành Hiến pháp, pháp luật và các nghị quyết của Hội đồng nhân dân trên địa bàn;</li>"
            "<li>Giải quyết thủ tục hành chính cho người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công "
            "phường;</li>"
            "<li>Quản lý đô thị, trật tự xây dựng, đất đai, môi trường và hạ tầng trên địa bàn;</li>"
            "<li>Bảo đảm an ninh, trật tự, an sinh xã hội và chăm lo đời sống nhân dân.</li></ul>"
            "<p>Bộ máy của Ủy ban nhân dân phường gồm Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Phòng Kinh tế, "
            "Hạ tầng và Đô thị, Phòng Văn hóa – Xã hội và Trung tâm Phục vụ hành chính công.</p>"
            "<p>Phường phấn đấu xây dựng đô thị văn minh, hiện đại, giữ gìn nét đẹp của khu phố cổ thành phố Cảng.</p>"
        ),
        "contact": {
            "address": "Số 2 Hoàng Văn Thụ, phường Hồng Bàng, thành phố Hải Phòng",
            "phone": "0225 3 745 210",
            "email": "phuonghongbang@haiphong.gov.vn",
            "hours": (
                "Từ thứ Hai đến thứ Sáu và sáng thứ Bảy: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ"
            ),
        },
        "headlines": [
            "Phường Hồng Bàng đối thoại với nhân dân về công tác chỉnh trang đô thị",
            "Ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến phố trung tâm",
            "Tiếp xúc cử tri với đại biểu Hội đồng nhân dân thành phố tại phường Hồng Bàng",
            "Thăm, tặng quà các gia đình chính sách nhân Ngày Thương binh – Liệt sĩ 27 tháng 7",
            "Trung tâm Phục vụ hành chính công phường tiếp nhận hơn một nghìn hồ sơ trong tháng",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các tổ dân phố",
            "Phường Hồng Bàng ra mắt mô hình tổ dân phố văn minh, thông minh",
            "Tuyên truyền phòng cháy, chữa cháy tại các khu tập thể cũ và nhà ống",
            "Kiểm tra an toàn thực phẩm tại chợ Sắt và các cửa hàng ăn uống",
            "Tổng vệ sinh môi trường, khơi thông cống rãnh trước mùa mưa bão",
            "Phường Hồng Bàng hoàn thành tiếp nhận hồ sơ, tài liệu của các đơn vị cũ sau sắp xếp",
            "Ra mắt câu lạc bộ dưỡng sinh người cao tuổi bên bờ sông Tam Bạc",
            "Tôn vinh các gương điển hình tiên tiến trong phong trào thi đua yêu nước",
            "Mở lớp hướng dẫn kỹ năng số cơ bản cho người cao tuổi trên địa bàn phường",
            "Đại hội đại biểu Đảng bộ phường Hồng Bàng nhiệm kỳ 2025 – 2030 thành công tốt đẹp",
            "Hỗ trợ hộ kinh doanh trên địa bàn phường chuyển đổi sang mô hình doanh nghiệp",
            "Thu thập, làm sạch dữ liệu dân cư phục vụ chuyển đổi số ở tổ dân phố",
            "Phường Hồng Bàng phát động Tết trồng cây đời đời nhớ ơn Bác Hồ",
            "Tuyến phố đi bộ Tam Bạc thu hút người dân và du khách dịp cuối tuần",
            "Xử lý nghiêm các trường hợp xây dựng không phép trong khu dân cư",
            "Khám sức khỏe miễn phí cho người cao tuổi và trẻ em có hoàn cảnh khó khăn",
            "Sơ kết công tác bảo đảm an ninh trật tự trên địa bàn phường sáu tháng đầu năm",
            "Phường Hồng Bàng trao học bổng cho học sinh nghèo vượt khó học giỏi",
            "Lấy ý kiến người dân về phương án cải tạo khu chung cư cũ xuống cấp",
            "Tiêm chủng mở rộng cho trẻ em dưới năm tuổi tại trạm y tế phường",
            "Tăng cường quản lý hoạt động kinh doanh tại các tuyến phố thương mại truyền thống",
            "Khánh thành nhà văn hóa tổ dân phố sau cải tạo, nâng cấp",
            "Giải bóng bàn, cầu lông các tổ dân phố chào mừng Ngày giải phóng thành phố",
            "Triển khai các giải pháp hoàn thành dự toán thu ngân sách nhà nước năm 2026",
            "Tập huấn nghiệp vụ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
            "Trao tặng nhà tình nghĩa cho gia đình có hoàn cảnh đặc biệt khó khăn",
            "Giám sát việc giải quyết đơn thư khiếu nại, tố cáo của công dân trên địa bàn",
            "Phát động phong trào mỗi tổ dân phố có một tuyến phố xanh, sạch, đẹp",
            "Tuyên dương các tổ dân phố đạt danh hiệu văn hóa tiêu biểu năm 2025",
        ],
        "subjects": [
            "Chính quyền cơ sở",
            "Cải cách hành chính",
            "Trật tự đô thị",
            "An sinh xã hội",
            "Văn minh đô thị",
            "An ninh trật tự",
        ],
    },
    {
        "title": "Xã An Lão",
        "kind": "commune",
        "description": (
            "Cổng thông tin thành phần của xã An Lão, địa phương có thế mạnh về nông nghiệp, công nghiệp và "
            "di tích lịch sử – văn hóa Núi Voi."
        ),
        "intro": (
            "<p>Xã An Lão là đơn vị hành chính cấp cơ sở thuộc thành phố Hải Phòng, được thành lập từ ngày 01/7/2025 "
            "trên cơ sở sắp xếp thị trấn và một số xã của huyện An Lão trước đây. Xã nằm giữa sông Lạch Tray và "
            "sông Văn Úc, có đồng đất màu mỡ, giao thông thuận lợi kết nối với trung tâm thành phố.</p>"
            "<p>Ủy ban nhân dân xã thực hiện các nhiệm vụ chủ yếu:</p><ul>"
            "<li>Tổ chức thực hiện các chương trình phát triển kinh tế – xã hội, xây dựng nông thôn mới;</li>"
            "<li>Quản lý đất đai, tài nguyên, môi trường, trật tự xây dựng và hạ tầng nông thôn;</li>"
            "<li>Giải quyết thủ tục hành chính cho người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công "
            "xã;</li>"
            "<li>Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội và thực hiện chính sách an sinh xã hội.</li></ul>"
            "<p>Bộ máy của Ủy ban nhân dân xã gồm Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Phòng Kinh tế, "
            "Phòng Văn hóa – Xã hội và Trung tâm Phục vụ hành chính công, cùng các thôn trực thuộc.</p>"
            "<p>Xã phấn đấu phát triển nông nghiệp sinh thái, công nghiệp sạch và dịch vụ, xây dựng quê hương "
            "văn minh, giàu đẹp.</p>"
        ),
        "contact": {
            "address": "Số 1 đường Nguyễn Văn Trỗi, xã An Lão, thành phố Hải Phòng",
            "phone": "0225 3 872 118",
            "email": "xaanlao@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Xã An Lão đẩy mạnh sản xuất vụ Đông theo hướng hàng hóa, giá trị cao",
            "Ra quân làm thủy lợi nội đồng, nạo vét kênh mương chuẩn bị cho vụ Xuân",
            "Xã An Lão đối thoại với nông dân về tích tụ, tập trung ruộng đất",
            "Xây dựng cánh đồng mẫu lớn ứng dụng cơ giới hóa đồng bộ trong sản xuất lúa",
            "Khảo sát thực địa phục vụ mở rộng cụm công nghiệp trên địa bàn xã",
            "Ra mắt hợp tác xã nông nghiệp sản xuất rau an toàn tại xã An Lão",
            "Chuẩn hóa hồ sơ các sản phẩm tham gia chương trình Mỗi xã một sản phẩm",
            "Hoàn thành bàn giao mặt bằng phục vụ dự án đường giao thông liên xã",
            "Khai mạc lễ hội truyền thống Khu di tích lịch sử – văn hóa Núi Voi",
            "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm trong thời điểm giao mùa",
            "Giữ vững và nâng cao chất lượng các tiêu chí nông thôn mới sau sắp xếp",
            "Xã An Lão tổ chức lễ giao quân cho thanh niên lên đường thực hiện nghĩa vụ quân sự",
            "Hỗ trợ người lao động tìm việc làm tại các khu công nghiệp lân cận",
            "Trao bằng công nhận gia đình văn hóa, thôn văn hóa tiêu biểu",
            "Kiểm tra các tuyến đê sông, chuẩn bị phương án phòng, chống lụt bão năm 2026",
            "Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình",
            "Ra mắt mô hình thôn an toàn về an ninh, trật tự tại xã An Lão",
            "Tập huấn kỹ thuật trồng và chăm sóc cây ăn quả cho hội viên nông dân",
            "Phát triển kinh tế trang trại tổng hợp gắn với bảo vệ môi trường nông thôn",
            "Hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo trên địa bàn xã",
            "Khánh thành nhà lớp học mới tại trường mầm non trung tâm xã",
            "Sơ kết công tác thu gom, xử lý rác thải sinh hoạt ở khu dân cư nông thôn",
            "Cấp thẻ bảo hiểm y tế miễn phí cho người cao tuổi và hộ cận nghèo",
            "Tổng kết phong trào thi đua nông dân sản xuất, kinh doanh giỏi",
            "Tuyên truyền pháp luật về đất đai, hôn nhân và gia đình tại các thôn",
            "Ngăn chặn vi phạm lấn chiếm đất nông nghiệp và hành lang an toàn giao thông",
            "Xã An Lão tổ chức giải bóng đá nam thanh niên các thôn chào mừng năm mới",
            "Phát triển làng nghề truyền thống gắn với du lịch trải nghiệm nông thôn",
            "Tiêm vắc-xin phòng bệnh dại cho đàn chó, mèo tại các thôn",
            "Ứng dụng nhật ký sản xuất điện tử, truy xuất nguồn gốc nông sản an toàn",
            "Đoàn công tác thành phố kiểm tra vận hành bộ máy chính quyền hai cấp tại xã An Lão",
            "Chi trả trợ cấp xã hội hằng tháng qua tài khoản ngân hàng cho đối tượng bảo trợ",
            "Nâng cấp đường giao thông nông thôn bằng nguồn xã hội hóa và ngân sách thành phố",
            "Tổ chức Tết Trung thu cho thiếu nhi có hoàn cảnh khó khăn trên địa bàn xã",
        ],
        "subjects": ["Nông nghiệp", "Nông thôn mới", "Chính quyền cơ sở", "Đất đai", "An sinh xã hội", "Quốc phòng"],
    },
    {
        "title": "Đặc khu Cát Hải",
        "kind": "special_zone",
        "description": (
            "Cổng thông tin thành phần của đặc khu Cát Hải, vùng biển đảo gồm đảo Cát Bà, đảo Cát Hải, "
            "nổi tiếng với du lịch sinh thái và khu bến cảng cửa ngõ quốc tế Lạch Huyện."
        ),
        "intro": (
            "<p>Đặc khu Cát Hải là đơn vị hành chính – kinh tế đặc biệt thuộc thành phố Hải Phòng, được tổ chức từ "
            "ngày 01/7/2025 trên cơ sở toàn bộ huyện Cát Hải trước đây. Đặc khu gồm đảo Cát Bà, đảo Cát Hải và hơn "
            "ba trăm đảo lớn nhỏ, trong đó quần đảo Cát Bà là Khu dự trữ sinh quyển thế giới và cùng vịnh Hạ Long "
            "được công nhận là Di sản thiên nhiên thế giới.</p>"
            "<p>Chính quyền đặc khu thực hiện các nhiệm vụ chủ yếu:</p><ul>"
            "<li>Phát triển du lịch biển đảo, du lịch sinh thái gắn với bảo tồn Vườn quốc gia Cát Bà, "
            "vịnh Lan Hạ;</li>"
            "<li>Phối hợp phát triển khu bến cảng cửa ngõ quốc tế Lạch Huyện và dịch vụ hậu cần cảng trên "
            "đảo Cát Hải;</li>"
            "<li>Quản lý nuôi trồng, khai thác thủy sản, bảo vệ môi trường biển và hệ sinh thái rừng;</li>"
            "<li>Bảo đảm quốc phòng, an ninh, bảo vệ chủ quyền biển đảo và phòng, chống thiên tai.</li></ul>"
            "<p>Bộ máy chính quyền đặc khu gồm Hội đồng nhân dân, Ủy ban nhân dân đặc khu cùng các cơ quan chuyên "
            "môn về kinh tế, hạ tầng, văn hóa – xã hội và Trung tâm Phục vụ hành chính công.</p>"
            "<p>Đặc khu Cát Hải phấn đấu trở thành trung tâm du lịch biển đảo đẳng cấp quốc tế và cửa ngõ giao thương "
            "hàng hải quan trọng của cả nước.</p>"
        ),
        "contact": {
            "address": "Số 1 đường Núi Ngọc, khu Cát Bà, đặc khu Cát Hải, thành phố Hải Phòng",
            "phone": "0225 3 888 236",
            "email": "dkcathai@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Đặc khu Cát Hải sẵn sàng đón mùa du lịch biển đảo năm 2026",
            "Tăng cường kiểm tra an toàn tàu du lịch hoạt động trên vịnh Lan Hạ",
            "Khu bến cảng Lạch Huyện đón tàu công-te-nơ trọng tải lớn cập cảng",
            "Cát Bà tiếp tục là điểm đến du lịch biển đảo hấp dẫn hàng đầu miền Bắc",
            "Ra quân làm sạch bãi biển, thu gom rác thải nhựa tại các bãi tắm Cát Cò",
            "Bảo tồn loài voọc Cát Bà đặc hữu tại Vườn quốc gia Cát Bà",
            "Tháo gỡ khó khăn cho doanh nghiệp dịch vụ cảng biển và hậu cần trên đảo Cát Hải",
            "Quản lý chặt hoạt động nuôi trồng thủy sản trên vịnh theo quy hoạch",
            "Tuyên truyền bảo vệ giá trị Di sản thiên nhiên thế giới vịnh Hạ Long – quần đảo Cát Bà",
            "Bảo đảm cung cấp điện, nước sinh hoạt ổn định cho người dân và du khách trên đảo",
            "Tổ chức Lễ hội Làng cá Cát Bà tôn vinh nghề biển truyền thống",
            "Hoàn thiện hạ tầng bến phà, tuyến vận tải hành khách nối đảo Cát Bà với đất liền",
            "Kiểm tra công tác phòng, chống cháy rừng tại Vườn quốc gia Cát Bà mùa khô",
            "Phát triển sản phẩm du lịch sinh thái, trải nghiệm đời sống làng chài Cái Bèo",
            "Thu hút đầu tư phát triển dịch vụ hậu cần cảng tại khu vực đảo Cát Hải",
            "Bố trí lực lượng cứu hộ, cứu nạn thường trực tại các bãi tắm trên đảo",
            "Xử lý nghiêm tình trạng nâng giá, chèo kéo du khách trong mùa cao điểm",
            "Đặc khu Cát Hải tổng kết sáu tháng vận hành mô hình chính quyền đặc khu",
            "Hỗ trợ ngư dân vươn khơi bám biển, gắn khai thác thủy sản với bảo vệ chủ quyền",
            "Chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
            "Trung tâm y tế đặc khu tăng cường trang thiết bị cấp cứu phục vụ du khách",
            "Bảo đảm giao thông thông suốt trên cầu Tân Vũ – Lạch Huyện dịp cao điểm du lịch",
            "Khai trương tuyến đi bộ khám phá rừng nguyên sinh trên đảo Cát Bà",
            "Hướng dẫn tàu thuyền vào nơi trú ẩn an toàn khi có cảnh báo thời tiết nguy hiểm",
            "Cuộc thi sản phẩm quà lưu niệm, đặc sản địa phương phục vụ khách du lịch",
            "Đặc khu Cát Hải đẩy mạnh chuyển đổi số trong quản lý lưu trú du lịch",
            "Bàn giải pháp bảo vệ rạn san hô và hệ sinh thái biển quanh quần đảo Cát Bà",
            "Tăng chuyến tàu cao tốc từ đất liền ra đảo phục vụ nhu cầu đi lại của du khách",
            "Trao tặng cờ Tổ quốc và áo phao cứu sinh cho ngư dân đặc khu Cát Hải",
            "Triển khai quy hoạch Khu du lịch quốc gia Cát Bà đến năm 2030, tầm nhìn đến năm 2045",
            "Giải bơi vượt biển Cát Bà thu hút đông đảo vận động viên trong và ngoài nước",
            "Kiểm tra an toàn thực phẩm tại nhà hàng, khách sạn trên đảo trong mùa du lịch",
            "Nâng cao năng lực tiếp nhận hàng hóa tại cảng cửa ngõ quốc tế trên đảo Cát Hải",
            "Đón đoàn khách du lịch quốc tế đầu tiên trong năm đến đảo Cát Bà bằng tàu biển",
        ],
        "subjects": ["Biển đảo", "Du lịch", "Cảng biển", "Thủy sản", "Môi trường", "Đặc khu"],
    },
    {
        "title": "Sở Y tế",
        "kind": "department",
        "description": (
            "Cổng thông tin thành phần của Sở Y tế thành phố Hải Phòng, cung cấp thông tin về khám, chữa bệnh, "
            "y tế dự phòng, dân số và bảo trợ xã hội."
        ),
        "intro": (
            "<p>Sở Y tế thành phố Hải Phòng là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu, giúp "
            "Ủy ban nhân dân thành phố quản lý nhà nước về y tế, gồm y tế dự phòng, khám bệnh, chữa bệnh, "
            "phục hồi chức năng, giám định y khoa, y dược cổ truyền, dược, mỹ phẩm, an toàn thực phẩm, trang thiết bị "
            "y tế, dân số, bảo hiểm y tế; bảo trợ xã hội, trẻ em và phòng, chống tệ nạn xã hội.</p>"
            "<p>Sở có các nhiệm vụ chủ yếu sau:</p><ul>"
            "<li>Trình Ủy ban nhân dân thành phố quy hoạch, kế hoạch phát triển mạng lưới y tế trên địa bàn;</li>"
            "<li>Chỉ đạo, kiểm tra hoạt động chuyên môn của các bệnh viện, trung tâm y tế và trạm y tế cấp xã;</li>"
            "<li>Tổ chức phòng, chống dịch bệnh, bảo đảm an toàn thực phẩm và chăm sóc sức khỏe nhân dân;</li>"
            "<li>Quản lý hành nghề y, dược ngoài công lập; thực hiện chính sách bảo trợ xã hội, bảo vệ "
            "trẻ em.</li></ul>"
            "<p>Cơ cấu tổ chức gồm Ban Giám đốc, Văn phòng, các phòng nghiệp vụ y, nghiệp vụ dược, "
            "kế hoạch – tài chính, "
            "bảo trợ xã hội, Chi cục Dân số và Chi cục An toàn vệ sinh thực phẩm; các đơn vị sự nghiệp gồm bệnh viện "
            "tuyến thành phố, Trung tâm Kiểm soát bệnh tật, Trung tâm Cấp cứu 115 và các cơ sở bảo trợ xã hội.</p>"
            "<p>Sở Y tế hướng tới mục tiêu mọi người dân được chăm sóc sức khỏe toàn diện, thuận tiện "
            "và chất lượng.</p>"
        ),
        "contact": {
            "address": "Số 38 Lê Đại Hành, phường Hồng Bàng, thành phố Hải Phòng",
            "phone": "0225 3 842 618",
            "email": "syt@haiphong.gov.vn",
            "hours": "Từ thứ Hai đến thứ Sáu: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ",
        },
        "headlines": [
            "Sở Y tế chỉ đạo tăng cường phòng, chống sốt xuất huyết trong mùa mưa",
            "Bệnh viện tuyến thành phố làm chủ kỹ thuật can thiệp tim mạch chuyên sâu",
            "Triển khai sổ sức khỏe điện tử cho người dân trên toàn thành phố",
            "Tổng kết công tác y tế năm 2025 và triển khai nhiệm vụ năm 2026",
            "Khám sàng lọc miễn phí bệnh tăng huyết áp, đái tháo đường cho người cao tuổi",
            "Kiểm tra an toàn thực phẩm trong dịp Tết Nguyên đán và mùa lễ hội xuân",
            "Triển khai chiến dịch tiêm vắc-xin phòng sởi cho trẻ em trong độ tuổi",
            "Mở rộng mạng lưới cấp cứu ngoại viện 115 đến khu vực phía Tây thành phố",
            "Tập huấn kỹ năng hồi sức cấp cứu cho nhân viên trạm y tế cấp xã",
            "Kết nối khám, chữa bệnh từ xa giữa bệnh viện tuyến thành phố và trạm y tế xã",
            "Bảo đảm đủ thuốc, vật tư y tế phục vụ khám, chữa bệnh bảo hiểm y tế",
            "Phát động Tháng hành động vì an toàn thực phẩm năm 2026",
            "Tôn vinh thầy thuốc tiêu biểu nhân kỷ niệm Ngày Thầy thuốc Việt Nam 27 tháng 2",
            "Thanh toán viện phí không dùng tiền mặt tại các bệnh viện công lập",
            "Tăng cường kiểm dịch y tế tại cửa khẩu cảng biển và Cảng hàng không quốc tế Cát Bi",
            "Ban hành kế hoạch chăm sóc sức khỏe người cao tuổi giai đoạn 2026 – 2030",
            "Nâng cao chất lượng công tác dân số, giảm mất cân bằng giới tính khi sinh",
            "Kiểm tra hoạt động hành nghề y, dược ngoài công lập trên địa bàn thành phố",
            "Ngày hội hiến máu tình nguyện thu về hơn hai nghìn đơn vị máu",
            "Đưa vào sử dụng khu điều trị ung bướu với trang thiết bị hiện đại",
            "Chăm lo Tết cho trẻ em có hoàn cảnh đặc biệt tại các cơ sở bảo trợ xã hội",
            "Triển khai bệnh án điện tử tại tất cả bệnh viện tuyến thành phố",
            "Phòng, chống bệnh tay chân miệng tại các trường mầm non, nhóm trẻ",
            "Tư vấn dinh dưỡng, phòng chống suy dinh dưỡng thấp còi cho trẻ em",
            "Hội thảo khoa học về kết hợp y học cổ truyền với y học hiện đại",
            "Đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh",
            "Diễn tập ứng phó sự cố hóa chất, tai nạn hàng loạt tại khu công nghiệp",
            "Sở Y tế làm việc với Bảo hiểm xã hội về thanh toán chi phí khám, chữa bệnh",
            "Thu hút bác sĩ trẻ về công tác tại trạm y tế các xã ngoại thành và hải đảo",
            "Khám bệnh, cấp thuốc miễn phí cho ngư dân và người dân các đảo",
            "Tập huấn phòng, chống bạo lực gia đình và xâm hại trẻ em cho cán bộ cơ sở",
            "Kiểm tra công tác phòng cháy, chữa cháy tại các bệnh viện nhiều tầng",
            "Phòng, chống tác hại của thuốc lá trong các cơ sở y tế trên địa bàn",
            "Tỷ lệ tiêm chủng mở rộng đạt trên chín mươi lăm phần trăm tại các xã, phường",
        ],
        "subjects": ["Y tế", "Khám chữa bệnh", "Y tế dự phòng", "An toàn thực phẩm", "Dân số", "Bảo trợ xã hội"],
    },
]
